// The rule docs are part of the product: every rule has an English and a Chinese page and a test file, and
// every ❌/✅ example in those pages is linted and must behave as labelled.
//
// Example format: a heading or paragraph line containing ❌ marks the following code blocks as incorrect and
// one containing ✅ as correct; any other heading ends the section. A block in a section needs the info string
// `<lang> app=<dir under test/fixtures/apps> file=<path in that app>`; it is linted in memory as that file
// (the rest of the app comes from disk) with the recommended config.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import plugin from '../eslint-plugin/src/index.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const appsDir = join(repo, 'test/fixtures/apps');

const basenames = (dir: string, suffix: string, except: string[] = []) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith(suffix) && !except.includes(name))
        .map((name) => name.slice(0, -suffix.length))
        .sort()
    : [];

const ruleIds = basenames(join(repo, 'eslint-plugin/src/rules'), '.ts', ['index.ts']);
const docLocales = [
  { label: 'en', dir: join(repo, 'rules-docs') },
  { label: 'zh-CN', dir: join(repo, 'rules-docs/zh-CN') },
];

interface DocExample {
  expectation: 'incorrect' | 'correct';
  lang: string;
  app: string;
  file: string;
  code: string;
  /** 1-based line of the opening fence in the doc. */
  line: number;
}

/** Splits a rules-docs page into its labelled examples; throws on blocks that cannot be linted as written. */
function extractExamples(markdown: string, docName: string): DocExample[] {
  const examples: DocExample[] = [];
  const lines = markdown.split(/\r?\n/);
  let section: DocExample['expectation'] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(line);
    if (!fence) {
      const incorrect = line.includes('❌');
      const correct = line.includes('✅');
      if (incorrect && correct) throw new Error(`${docName}:${i + 1}: a line marks both ❌ and ✅`);
      if (incorrect) section = 'incorrect';
      else if (correct) section = 'correct';
      else if (/^#{1,6}\s/.test(line)) section = undefined;
      continue;
    }
    const [, , marker, info] = fence;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i].trimStart().startsWith(marker); i++) body.push(lines[i]);
    if (i >= lines.length) throw new Error(`${docName}:${start + 1}: unclosed code block`);
    const [lang = '', ...attributes] = info.trim().split(/\s+/);
    const attribute = (name: string) => attributes.find((part) => part.startsWith(`${name}=`))?.slice(name.length + 1);
    const app = attribute('app');
    const file = attribute('file');
    if (!section) {
      if (app || file) throw new Error(`${docName}:${start + 1}: an example with app=/file= sits outside a ❌/✅ section`);
      continue;
    }
    if (!app || !file) throw new Error(`${docName}:${start + 1}: a ${section} example needs "app=<fixture app> file=<path>" in its info string`);
    examples.push({ expectation: section, lang, app, file, code: `${body.join('\n')}\n`, line: start + 1 });
  }
  return examples;
}

describe('rule set = docs set = test set', () => {
  it('has at least one rule', () => {
    expect(ruleIds.length).toBeGreaterThan(0);
  });
  for (const { label, dir } of docLocales) {
    it(`rules-docs${label === 'en' ? '' : `/${label}`} has one page per rule`, () => {
      expect(basenames(dir, '.md', ['README.md'])).toEqual(ruleIds);
    });
  }
  it('test/eslint-plugin/rules has one test file per rule', () => {
    expect(basenames(join(repo, 'test/eslint-plugin/rules'), '.test.ts')).toEqual(ruleIds);
  });
  it('the plugin exports exactly the rules in src/rules', () => {
    expect(Object.keys(plugin.rules).sort()).toEqual(ruleIds);
  });
});

describe('example format', () => {
  it('labels blocks by the last marker and ends a section at an unmarked heading', () => {
    const doc = [
      '## ❌ Incorrect',
      '```ts app=a file=x.ts',
      'bad()',
      '```',
      'Also ✅ fine:',
      '```ts app=a file=y.ts',
      'good()',
      '```',
      '## Options',
      '```json',
      '{}',
      '```',
    ].join('\n');
    expect(extractExamples(doc, 'doc').map(({ expectation, file, code, line }) => ({ expectation, file, code, line }))).toEqual([
      { expectation: 'incorrect', file: 'x.ts', code: 'bad()\n', line: 2 },
      { expectation: 'correct', file: 'y.ts', code: 'good()\n', line: 6 },
    ]);
  });
  it('rejects examples that could not be linted as written', () => {
    expect(() => extractExamples('✅\n```ts\nx\n```\n', 'doc')).toThrow(/needs "app=/);
    expect(() => extractExamples('## Setup\n```ts app=a file=b.ts\nx\n```\n', 'doc')).toThrow(/outside a ❌\/✅ section/);
  });
});

const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: plugin.configs.recommended, cwd: repo });

for (const id of ruleIds) {
  for (const { label, dir } of docLocales) {
    const docPath = join(dir, `${id}.md`);
    if (!existsSync(docPath)) continue;
    const docName = `${label === 'en' ? '' : `${label}/`}${id}.md`;
    const examples = extractExamples(readFileSync(docPath, 'utf8'), docName);

    describe(`rules-docs/${docName}`, () => {
      it('has both ❌ and ✅ examples', () => {
        expect(examples.some((example) => example.expectation === 'incorrect')).toBe(true);
        expect(examples.some((example) => example.expectation === 'correct')).toBe(true);
      });

      for (const example of examples) {
        const title = `line ${example.line}: ${example.expectation === 'incorrect' ? '❌' : '✅'} ${example.app}/${example.file}`;
        it(title, async () => {
          const appRoot = join(appsDir, example.app);
          expect(existsSync(appRoot), `fixture app ${example.app} exists`).toBe(true);
          const [result] = await eslint.lintText(example.code, { filePath: join(appRoot, example.file), warnIgnored: true });
          expect(result, `${example.file} is matched by the recommended config`).toBeDefined();
          const messages = result.messages;
          expect(messages.filter((message) => message.fatal || message.ruleId === null).map((m) => m.message)).toEqual([]);
          const own = messages.filter((message) => message.ruleId === `consentry/${id}`);
          if (example.expectation === 'incorrect') expect(own.length, 'an ❌ example gives at least one message of the rule').toBeGreaterThan(0);
          else expect(own.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
        });
      }
    });
  }
}
