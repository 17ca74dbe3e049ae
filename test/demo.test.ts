// The README's first command runs `consentry check` on the demo app: it must report exactly the seeded
// violations, on the right lines, and nothing else (through the built CLI, as a user would run it).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const demo = join(repo, 'test/fixtures/apps/demo-shop');
const cli = join(repo, 'language-server/bin/consentry.js');

interface EslintResult { filePath: string; messages: Array<{ ruleId: string | null; line: number; severity: number }> }

function runCheck(): { status: number; results: EslintResult[] } {
  try {
    const out = execFileSync(process.execPath, [cli, 'check', demo, '--format', 'json'], { encoding: 'utf8' });
    return { status: 0, results: JSON.parse(out) };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { status: e.status, results: JSON.parse(e.stdout) };
  }
}

describe('demo app (README quick start)', () => {
  it('reports exactly the seeded violations and exits 1', () => {
    const expected = JSON.parse(readFileSync(join(demo, 'expected-findings.json'), 'utf8')).findings as Array<{ file: string; line: number; ruleId: string }>;
    const { status, results } = runCheck();
    const actual = results.flatMap((r) =>
      r.messages.map((m) => ({ file: relative(demo, r.filePath), line: m.line, ruleId: m.ruleId ?? 'fatal' })),
    );
    const key = (f: { file: string; line: number; ruleId: string }) => `${f.file}:${f.line} ${f.ruleId}`;
    expect(actual.map(key).sort()).toEqual(expected.map(key).sort());
    expect(status).toBe(1);
  });
});
