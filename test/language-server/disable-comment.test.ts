// "Disable for this line" in each file kind's comment form, applied and re-linted: the finding is gone, the rest
// of the file is unchanged, and files that take no comments (strict JSON) get no such action.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { commentFormFor } from '../../language-server/src/features/disable-comment.js';
import { startInProcess, uriOf, type LspTestClient } from './support/harness.js';
import { appFixtures, lspApp, lspFixtures } from './support/fixtures.js';

const CASES = [
  { name: 'TSX statement (//)', file: lspApp('rn-app/src/screens/ScanScreen.tsx'), rule: 'consentry/require-purpose-string', inserted: '      // eslint-disable-next-line consentry/require-purpose-string\n' },
  { name: 'JSX child element ({/* */})', file: lspApp('rn-camera-app/src/Preview.tsx'), rule: 'consentry/require-purpose-string', inserted: '      {/* eslint-disable-next-line consentry/require-purpose-string */}\n' },
  { name: 'Vue <script> (//)', file: lspApp('uniapp-app/pages/index/index.vue'), rule: 'consentry/require-purpose-string', inserted: '  // eslint-disable-next-line consentry/require-purpose-string\n' },
  { name: 'WXML (<!-- -->)', file: lspApp('wechat-app/pages/privacy/privacy.wxml'), rule: 'consentry/no-preselected-consent', inserted: '      <!-- eslint-disable-next-line consentry/no-preselected-consent -->\n' },
  { name: 'Info.plist (<!-- -->)', file: lspApp('rn-app/ios/LspRn/Info.plist'), rule: 'consentry/no-unused-permission', inserted: '\t<!-- eslint-disable-next-line consentry/no-unused-permission -->\n' },
  { name: 'AndroidManifest.xml (<!-- -->)', file: lspApp('rn-app/android/app/src/main/AndroidManifest.xml'), rule: 'consentry/no-unused-permission', inserted: '    <!-- eslint-disable-next-line consentry/no-unused-permission -->\n' },
  { name: 'uni-app manifest.json, JSON with comments (//)', file: lspApp('uniapp-app/manifest.json'), rule: 'consentry/require-privacy-check', inserted: '    // eslint-disable-next-line consentry/require-privacy-check\n' },
];

let client: LspTestClient;
beforeAll(async () => {
  client = await startInProcess({ folders: [lspFixtures, appFixtures] });
});
afterAll(async () => {
  await client.dispose();
});

describe.each(CASES)('$name', ({ file, rule, inserted }) => {
  it('inserts the directive above the line and the finding is gone', async () => {
    const uri = uriOf(file);
    const before = readFileSync(file, 'utf8');
    const { diagnostics } = await client.open(file, before);
    const target = diagnostics.find((d) => d.code === rule);
    expect(target, `${rule} in ${file}`).toBeDefined();
    const sameLine = (d: Diagnostic) => d.code === rule && d.range.start.line === target!.range.start.line;
    const countBefore = diagnostics.filter(sameLine).length;

    const actions = await client.codeActions(uri, [target!]);
    const disable = actions.find((a) => a.title === `Disable ${rule.slice('consentry/'.length)} for this line`);
    expect(disable, JSON.stringify(actions.map((a) => a.title))).toBeDefined();
    const relinted = client.nextDiagnostics(uri, (p) => p.version === 2);
    await client.applyEdit(disable!.edit!);
    const after = client.text(uri);
    const lineStart = TextDocument.create(uri, 'x', 0, before).offsetAt({ line: target!.range.start.line, character: 0 });
    expect(after).toBe(before.slice(0, lineStart) + inserted + before.slice(lineStart));
    const published = await relinted;
    // The flagged line moved down by one; nothing of that rule is reported there any more, nor a parse error.
    const moved = (d: Diagnostic) => d.code === rule && d.range.start.line === target!.range.start.line + 1;
    expect(countBefore).toBeGreaterThan(0);
    expect(published.diagnostics.filter(moved)).toEqual([]);
    expect(published.diagnostics.filter((d) => d.code === undefined)).toEqual([]);
    await client.close(uri);
  });
});

describe('files without comments', () => {
  it('strict JSON (a WeChat app.json) gets no disable action; JSONC and JSON5 get //', () => {
    const doc = TextDocument.create('file:///x/app.json', 'json', 1, '{\n  "pages": []\n}\n');
    expect(commentFormFor('/x/app.json', 'wechat-app-json', doc, 1)).toBeUndefined();
    expect(commentFormFor('/x/manifest.json', 'uniapp-manifest', doc, 1)).toBe('line');
    expect(commentFormFor('/x/module.json5', 'harmony-module-json5', doc, 1)).toBe('line');
  });

  it('reuses a directive already on the line above', async () => {
    const file = lspApp('rn-app/src/screens/ScanScreen.tsx');
    const text = readFileSync(file, 'utf8').replace(
      '      const granted = await PermissionsAndroid.request(',
      '      // eslint-disable-next-line consentry/require-request-rationale\n      const granted = await PermissionsAndroid.request(',
    );
    const uri = uriOf(file);
    const { diagnostics } = await client.open(file, text);
    const android = diagnostics.find((d) => d.message.includes('android.permission.CAMERA'))!;
    const disable = (await client.codeActions(uri, [android])).find((a) => a.title.startsWith('Disable'))!;
    await client.applyEdit(disable.edit!);
    expect(client.text(uri)).toContain('// eslint-disable-next-line consentry/require-request-rationale, consentry/require-purpose-string\n');
    await client.close(uri);
  });
});
