// Server mechanics that hold for any rule: diagnostic shape, fix/suggestion/disable/docs actions, stale-version
// refusal, crash containment, settings, workspace check with cancellation, status. Uses a test-only plugin.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { CHECK_WORKSPACE_REQUEST, OPEN_RULE_DOCS_COMMAND, type CheckWorkspaceResult } from '../../language-server/src/protocol.js';
import { startInProcess, uriOf, type LspTestClient } from './support/harness.js';
import { testPlugin } from './support/test-plugin.js';

let dir: string;
let client: LspTestClient;

const SOURCE = `import { hasConsent } from './consent';

export function onPress() {
  const a = 1;
  debugPermission('camera');
  return a;
}
`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'consentry-lsp-'));
  mkdirSync(join(dir, 'src/generated'), { recursive: true });
  writeFileSync(join(dir, 'src/screen.tsx'), SOURCE);
  writeFileSync(join(dir, 'src/other.ts'), 'debugPermission();\n');
  writeFileSync(join(dir, 'src/clean.ts'), 'export const x = 1;\n');
  writeFileSync(join(dir, 'src/generated/out.ts'), 'debugPermission();\n');
  writeFileSync(join(dir, '.gitignore'), 'src/generated/\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  await client?.dispose();
});

async function start(settings: Record<string, unknown> = {}): Promise<LspTestClient> {
  client = await startInProcess({ folders: [dir], settings, server: { plugin: testPlugin } });
  return client;
}

/** Every byte outside the edited range is unchanged. */
function expectUnchangedOutside(before: string, after: string, edit: { start: number; end: number; newText: string }): void {
  expect(after.slice(0, edit.start)).toBe(before.slice(0, edit.start));
  expect(after.slice(edit.start + edit.newText.length)).toBe(before.slice(edit.end));
}

function onlyEdit(action: CodeAction): { range: Diagnostic['range']; newText: string } {
  const changes = action.edit!.documentChanges!;
  expect(changes).toHaveLength(1);
  const edits = (changes[0] as { edits: Array<{ range: Diagnostic['range']; newText: string }> }).edits;
  expect(edits).toHaveLength(1);
  return edits[0]!;
}

describe('diagnostics', () => {
  it('carry code, docs link, source, severity, regulations and the document version', async () => {
    await start();
    const published = await client.open(join(dir, 'src/screen.tsx'));
    expect(published.diagnostics).toHaveLength(1);
    const [d] = published.diagnostics;
    expect(d).toMatchObject({
      code: 'consentry/flag-debug',
      codeDescription: { href: 'https://example.test/rules/flag-debug' },
      source: 'consentry',
      severity: DiagnosticSeverity.Error,
      message: 'debugPermission() is a test finding [TEST Reg 1]',
      range: { start: { line: 4, character: 2 }, end: { line: 4, character: 27 } },
      data: { ruleId: 'consentry/flag-debug', version: 1, regulations: ['TEST Reg 1'] },
    });
    expect(published.version).toBe(1);
  });

  it('follow edits as you type', async () => {
    await start();
    const uri = uriOf(join(dir, 'src/screen.tsx'));
    await client.open(join(dir, 'src/screen.tsx'));
    const cleared = client.nextDiagnostics(uri, (p) => p.version === 2);
    await client.change(uri, SOURCE.replace("debugPermission('camera');", ''));
    expect((await cleared).diagnostics).toEqual([]);
  });
});

describe('code actions', () => {
  it('offer the fix, the suggestion, disable-for-line and the docs, each removing the finding when applied', async () => {
    await start();
    const path = join(dir, 'src/screen.tsx');
    const uri = uriOf(path);
    const { diagnostics } = await client.open(path);
    const actions = await client.codeActions(uri, diagnostics);
    expect(actions.map((a) => a.title)).toEqual([
      'Fix this flag-debug problem',
      'Replace the call with undefined',
      'Disable flag-debug for this line',
      'Open documentation for flag-debug',
    ]);

    for (const action of actions.slice(0, 3)) {
      // Start each from the original text.
      await client.close(uri);
      const reopened = await client.open(path, SOURCE);
      const [fresh] = await client.codeActions(uri, reopened.diagnostics).then((list) => list.filter((a) => a.title === action.title));
      const edit = onlyEdit(fresh!);
      const before = client.text(uri);
      const doc = client.documents.get(uri)!;
      const start = doc.offsetAt(edit.range.start);
      const end = doc.offsetAt(edit.range.end);
      const next = client.nextDiagnostics(uri, (p) => p.version === 2);
      await client.applyEdit(fresh!.edit!);
      expectUnchangedOutside(before, client.text(uri), { start, end, newText: edit.newText });
      const after = await next;
      expect(after.diagnostics.filter((d) => d.code === 'consentry/flag-debug')).toEqual([]);
    }
    expect(client.text(uri)).toContain("  // eslint-disable-next-line consentry/flag-debug\n  debugPermission('camera');");

    const docs = actions[3]!;
    expect(docs.command).toEqual({ title: 'Open rule documentation', command: OPEN_RULE_DOCS_COMMAND, arguments: ['https://example.test/rules/flag-debug'] });
    const shown = new Promise<unknown>((resolve) => client.connection.onRequest('window/showDocument', (params) => (resolve(params), { success: true })));
    await client.connection.sendRequest('workspace/executeCommand', { command: OPEN_RULE_DOCS_COMMAND, arguments: docs.command!.arguments });
    expect(await shown).toEqual({ uri: 'https://example.test/rules/flag-debug', external: true });
  });

  it('are refused for diagnostics of an older document version', async () => {
    await start();
    const path = join(dir, 'src/screen.tsx');
    const uri = uriOf(path);
    const { diagnostics } = await client.open(path);
    const relinted = client.nextDiagnostics(uri, (p) => p.version === 2);
    await client.change(uri, `// a comment line moves everything down\n${SOURCE}`);
    const fresh = await relinted;
    expect(await client.codeActions(uri, diagnostics)).toEqual([]);
    expect(client.logs.some((l) => l.includes('code actions refused'))).toBe(true);
    // The current diagnostics still get their actions.
    expect((await client.codeActions(uri, fresh.diagnostics)).length).toBeGreaterThan(0);
  });
});

describe('robustness', () => {
  it('turns a crashing rule into one diagnostic on that file and keeps serving others', async () => {
    await start();
    const crashing = join(dir, 'src/crash.ts');
    writeFileSync(crashing, 'const CRASH_ME = 1;\n');
    const published = await client.open(crashing);
    expect(published.diagnostics).toHaveLength(1);
    expect(published.diagnostics[0]!.message).toMatch(/Consentry could not check this file: .*test rule exploded/);
    expect(published.diagnostics[0]!.source).toBe('consentry');
    const other = await client.open(join(dir, 'src/other.ts'));
    expect(other.diagnostics.map((d) => d.code)).toEqual(['consentry/flag-debug']);
  });

  it('answers requests for documents it does not know with empty results', async () => {
    await start();
    const uri = uriOf(join(dir, 'src/not-open.ts'));
    expect(await client.codeActions(uri, [], { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } })).toEqual([]);
    expect(await client.hover(uri, { line: 0, character: 0 })).toBeNull();
  });
});

describe('settings', () => {
  it('apply rule severities, and turn linting off with enable: false', async () => {
    await start({ rules: { 'flag-debug': 'warn' } });
    const path = join(dir, 'src/other.ts');
    const uri = uriOf(path);
    const first = await client.open(path);
    expect(first.diagnostics[0]!.severity).toBe(DiagnosticSeverity.Warning);

    const off = client.nextDiagnostics(uri, (p) => p.diagnostics.length === 0);
    await client.changeSettings({ rules: { 'consentry/flag-debug': 'off' } });
    await off;

    const back = client.nextDiagnostics(uri, (p) => p.diagnostics.length === 1);
    await client.changeSettings({});
    expect((await back).diagnostics[0]!.severity).toBe(DiagnosticSeverity.Error);

    const disabled = client.nextDiagnostics(uri, (p) => p.diagnostics.length === 0);
    await client.changeSettings({ enable: false });
    await disabled;
  });
});

describe('run: onSave', () => {
  it('lints on open and save, not while typing', async () => {
    await start({ run: 'onSave' });
    const path = join(dir, 'src/other.ts');
    const uri = uriOf(path);
    expect((await client.open(path)).diagnostics).toHaveLength(1);
    let publishedWhileTyping = false;
    void client.nextDiagnostics(uri, (p) => p.version === 2).then(() => (publishedWhileTyping = true));
    await client.change(uri, 'export const nothing = 0;\n');
    await client.server!.linting.idle();
    await client.hover(uri, { line: 0, character: 0 }); // round trip: earlier notifications have arrived
    expect(publishedWhileTyping).toBe(false);
    const saved = client.nextDiagnostics(uri, (p) => p.version === 2);
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    expect((await saved).diagnostics).toEqual([]);
  });
});

describe('check workspace', () => {
  it('publishes diagnostics for every file, honouring .gitignore, and reports counts in the status', async () => {
    await start();
    const otherUri = uriOf(join(dir, 'src/other.ts'));
    const published = client.nextDiagnostics(otherUri);
    const status = client.nextStatus((s) => s.totals.errors >= 2 && s.state === 'ready');
    const result: CheckWorkspaceResult = await client.connection.sendRequest(CHECK_WORKSPACE_REQUEST, {});
    expect((await published).diagnostics.map((d) => d.code)).toEqual(['consentry/flag-debug']);
    expect(client.published.has(uriOf(join(dir, 'src/generated/out.ts')))).toBe(false);
    expect(result).toMatchObject({ cancelled: false });
    expect(result.files).toBeGreaterThanOrEqual(3);
    expect(result.errors).toBeGreaterThanOrEqual(2);
    const counts = await status;
    expect(counts.apps.reduce((n, a) => n + a.errors, 0)).toBe(counts.totals.errors);
    expect(counts.workspaceTrusted).toBe(false);
  });

  it('sends the status a bounded number of times during a long check, and the final counts after it', async () => {
    const many = mkdtempSync(join(tmpdir(), 'consentry-lsp-'));
    try {
      const FILES = 150;
      for (let i = 0; i < FILES; i++) writeFileSync(join(many, `f${i}.ts`), 'debugPermission();\n');
      client = await startInProcess({ folders: [many], server: { plugin: testPlugin } });
      const final = client.nextStatus((s) => s.totals.errors === FILES);
      const before = client.statuses.length;
      const started = performance.now();
      const result: CheckWorkspaceResult = await client.connection.sendRequest(CHECK_WORKSPACE_REQUEST, {});
      expect(result.errors).toBe(FILES);
      expect((await final).totals.files).toBe(FILES);
      const elapsed = performance.now() - started;
      // One status per published file made the check quadratic (each status counts every file's state). Now at most
      // one per 100 ms, plus the state changes around the check, however fast or slow this machine is.
      expect(client.statuses.length - before).toBeLessThanOrEqual(Math.ceil(elapsed / 100) + 4);
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  });

  it('follows workspace folders added and removed while running', async () => {
    const second = mkdtempSync(join(tmpdir(), 'consentry-lsp-'));
    try {
      writeFileSync(join(second, 'extra.ts'), 'debugPermission();\n');
      await start();
      const before: CheckWorkspaceResult = await client.connection.sendRequest(CHECK_WORKSPACE_REQUEST, {});
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
        event: { added: [{ uri: uriOf(second), name: 'second' }], removed: [] },
      });
      const extra = client.nextDiagnostics(uriOf(join(second, 'extra.ts')));
      const withSecond: CheckWorkspaceResult = await client.connection.sendRequest(CHECK_WORKSPACE_REQUEST, {});
      expect(withSecond.files).toBe(before.files + 1);
      expect((await extra).diagnostics.map((d) => d.code)).toEqual(['consentry/flag-debug']);
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
        event: { added: [], removed: [{ uri: uriOf(second), name: 'second' }] },
      });
      const withoutSecond: CheckWorkspaceResult = await client.connection.sendRequest(CHECK_WORKSPACE_REQUEST, {});
      expect(withoutSecond.files).toBe(before.files);
    } finally {
      rmSync(second, { recursive: true, force: true });
    }
  });
});
