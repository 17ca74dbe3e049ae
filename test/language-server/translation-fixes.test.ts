// The purpose-string-quality quick fix for a missing translation: the key goes, with the placeholder, into the file
// where that language's translations live (<locale>.lproj/InfoPlist.strings, created when needed; an Expo locale
// file; inline Expo locales). Where that file is linted itself (InfoPlist.strings, string.json), the finding moves
// there: the translation exists, and its placeholder is flagged where it is written until a real text replaces it.
// An Expo locale file is not linted: its placeholder is no translation, and the finding stays on the base key.
// Every byte outside the edit is unchanged.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams, TextDocumentEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PURPOSE_PLACEHOLDER } from 'eslint-plugin-consentry/core';
import { startInProcess, uriOf, type LspTestClient } from './support/harness.js';
import { appFixtures, ruleFixture } from './support/fixtures.js';

const RULE_FIXTURES = ruleFixture('purpose-string-quality');
const MICROPHONE_EN = 'Tickets records a voice note you attach to a ticket, for example a seat request.';

let client: LspTestClient | undefined;
let dir: string | undefined;
afterEach(async () => {
  await client?.dispose();
  client = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A temporary copy of a fixture app (`from`: the folder holding it), removed after the test. */
function copyFixture(name: string, from: string = RULE_FIXTURES): string {
  dir = mkdtempSync(join(tmpdir(), 'consentry-translation-fix-'));
  cpSync(join(from, name), join(dir, name), { recursive: true });
  return join(dir, name);
}

const missing = (locale: string, key: string) => (d: Diagnostic) =>
  d.code === 'consentry/purpose-string-quality' && d.message.startsWith(`${key} has no ${locale} purpose string`);
const isPlaceholder = (key: string) => (d: Diagnostic) =>
  d.code === 'consentry/purpose-string-quality' && d.message.includes(key) && d.message.includes('is a placeholder');

/** The edit of `action` for `file`: applied to `before`, with every byte outside the edited range unchanged. */
function applyChecked(action: CodeAction, file: string, before: string): string {
  const edits = (action.edit?.documentChanges ?? []).filter((c): c is TextDocumentEdit => 'textDocument' in c);
  const edit = edits.find((e) => fileURLToPath(e.textDocument.uri) === file);
  expect(edit, `an edit of ${file}`).toBeDefined();
  const document = TextDocument.create(edit!.textDocument.uri, 'plaintext', 0, before);
  expect(edit!.edits).toHaveLength(1);
  const [change] = edit!.edits as Array<{ range: Diagnostic['range']; newText: string }>;
  const start = document.offsetAt(change!.range.start);
  const end = document.offsetAt(change!.range.end);
  const after = TextDocument.applyEdits(document, [change!]);
  expect(after.slice(0, start)).toBe(before.slice(0, start));
  expect(after.slice(start + change!.newText.length)).toBe(before.slice(end));
  return after;
}

async function fixFor(uri: string, diagnostics: Diagnostic[], match: (d: Diagnostic) => boolean, title: string): Promise<CodeAction> {
  const diagnostic = diagnostics.find(match);
  expect(diagnostic, 'the missing-translation finding').toBeDefined();
  const actions = await client!.codeActions(uri, [diagnostic!]);
  const action = actions.find((a) => a.title === title);
  expect(action, `"${title}" among ${JSON.stringify(actions.map((a) => a.title))}`).toBeDefined();
  expect(action!.isPreferred).toBe(true);
  return action!;
}

describe('a missing translation in InfoPlist.strings', () => {
  it('adds the placeholder to the existing zh-Hans.lproj file, where it is flagged until the real text is written', async () => {
    const app = copyFixture('rn-ios');
    const plist = join(app, 'ios/Tickets/Info.plist');
    const strings = join(app, 'ios/Tickets/zh-Hans.lproj/InfoPlist.strings');
    client = await startInProcess({ folders: [dir!] });
    const plistText = readFileSync(plist, 'utf8').replace('</dict>', `\t<key>NSMicrophoneUsageDescription</key>\n\t<string>${MICROPHONE_EN}</string>\n</dict>`);
    const opened = await client.open(plist, plistText);
    const isMissing = missing('zh-Hans', 'NSMicrophoneUsageDescription');
    const action = await fixFor(uriOf(plist), opened.diagnostics, isMissing, 'Add a zh-Hans NSMicrophoneUsageDescription to ios/Tickets/zh-Hans.lproj/InfoPlist.strings');

    const before = readFileSync(strings, 'utf8');
    const after = applyChecked(action, strings, before);
    expect(after).toContain(`"NSMicrophoneUsageDescription" = "${PURPOSE_PLACEHOLDER}";`);
    // The edited buffer: the placeholder is flagged in the .strings file, once: Info.plist no longer calls the
    // translation missing.
    const plistAgain = client.nextDiagnostics(uriOf(plist));
    const stringsDiagnostics = await client.open(strings, after);
    expect(stringsDiagnostics.diagnostics.filter(isPlaceholder('NSMicrophoneUsageDescription'))).toHaveLength(1);
    expect((await plistAgain).diagnostics.some(isMissing)).toBe(false);

    // A real translation clears it, unsaved.
    const stringsAgain = client.nextDiagnostics(uriOf(strings), (p: PublishDiagnosticsParams) => p.version === 2);
    await client.change(uriOf(strings), after.replace(PURPOSE_PLACEHOLDER, '用于录制附在门票上的语音备注，例如说明座位需求时。'));
    expect((await stringsAgain).diagnostics.some(isPlaceholder('NSMicrophoneUsageDescription'))).toBe(false);
    expect(readFileSync(strings, 'utf8')).toBe(before);
  });

  it('creates <locale>.lproj/InfoPlist.strings for a locale the settings require and the project lacks', async () => {
    const app = copyFixture('rn-ios');
    const plist = join(app, 'ios/Tickets/Info.plist');
    client = await startInProcess({ folders: [dir!], settings: { locales: ['ja'] } });
    const opened = await client.open(plist);
    const action = await fixFor(uriOf(plist), opened.diagnostics, missing('ja', 'NSCameraUsageDescription'), 'Add a ja NSCameraUsageDescription to ios/Tickets/ja.lproj/InfoPlist.strings');
    const created = join(app, 'ios/Tickets/ja.lproj/InfoPlist.strings');
    expect(action.edit?.documentChanges?.[0]).toEqual({ kind: 'create', uri: uriOf(created), options: { ignoreIfExists: true } });
    const results = await client.applyEdit(action.edit!);
    expect(results.get(uriOf(created))).toBe(`"NSCameraUsageDescription" = "${PURPOSE_PLACEHOLDER}";\n`);
  });
});

describe('a missing translation in Expo locales', () => {
  it('adds the key to the ios object of the language JSON file', async () => {
    const app = copyFixture('expo-locales');
    const appJson = join(app, 'app.json');
    const zh = join(app, 'locales/zh-Hans.json');
    client = await startInProcess({ folders: [dir!] });
    const opened = await client.open(appJson);
    const action = await fixFor(uriOf(appJson), opened.diagnostics, missing('zh-Hans', 'NSMicrophoneUsageDescription'), 'Add a zh-Hans NSMicrophoneUsageDescription to locales/zh-Hans.json');
    const after = applyChecked(action, zh, readFileSync(zh, 'utf8'));
    expect(JSON.parse(after).ios).toEqual({
      NSCameraUsageDescription: '用于扫描包裹标签上的二维码，例如登记包裹时。',
      NSMicrophoneUsageDescription: PURPOSE_PLACEHOLDER,
    });
    // A TODO is not a translation: app.json keeps the finding.
    const again = client.nextDiagnostics(uriOf(appJson));
    await client.openQuietly(zh, after);
    expect((await again).diagnostics.some(missing('zh-Hans', 'NSMicrophoneUsageDescription'))).toBe(true);
  });

  it('adds the key to inline locales in app.json', async () => {
    const app = copyFixture('expo-locales');
    const appJson = join(app, 'app.json');
    client = await startInProcess({ folders: [dir!] });
    const text = readFileSync(appJson, 'utf8');
    const opened = await client.open(appJson, text);
    const action = await fixFor(uriOf(appJson), opened.diagnostics, missing('ja', 'NSMicrophoneUsageDescription'), 'Add a ja NSMicrophoneUsageDescription to app.json locales["ja"]');
    const after = applyChecked(action, appJson, text);
    expect(JSON.parse(after).expo.locales.ja).toEqual({
      NSCameraUsageDescription: '小包のラベルの QR コードを読み取るためにカメラを使用します。例：小包の受付時。',
      NSMicrophoneUsageDescription: PURPOSE_PLACEHOLDER,
    });
    // In the buffer: the inline placeholder is judged in app.json itself.
    const published = client.nextDiagnostics(uriOf(appJson));
    await client.change(uriOf(appJson), after);
    const diagnostics = (await published).diagnostics;
    expect(diagnostics.some((d) => d.code === 'consentry/purpose-string-quality' && d.message.includes('placeholder'))).toBe(true);
    expect(diagnostics.some(missing('ja', 'NSMicrophoneUsageDescription'))).toBe(true);
  });
});

describe('a missing translation of a HarmonyOS reason', () => {

  it("adds the reason's resource to the module's zh_CN string.json, where the placeholder is flagged", async () => {
    const app = copyFixture('harmony-app', appFixtures);
    const moduleJson5 = join(app, 'entry/src/main/module.json5');
    const zhStrings = join(app, 'entry/src/main/resources/zh_CN/element/string.json');
    client = await startInProcess({ folders: [dir!] });
    const opened = await client.open(moduleJson5);
    const isMissing = missing('zh_CN', 'ohos.permission.APPROXIMATELY_LOCATION');
    const action = await fixFor(uriOf(moduleJson5), opened.diagnostics, isMissing, 'Add a zh_CN reason_location for ohos.permission.APPROXIMATELY_LOCATION to entry/src/main/resources/zh_CN/element/string.json');
    const after = applyChecked(action, zhStrings, readFileSync(zhStrings, 'utf8'));
    expect(JSON.parse(after).string.at(-1)).toEqual({ name: 'reason_location', value: PURPOSE_PLACEHOLDER });

    // Flagged in string.json, where the text is written, and only there.
    const moduleAgain = client.nextDiagnostics(uriOf(moduleJson5));
    const stringsDiagnostics = await client.open(zhStrings, after);
    expect(stringsDiagnostics.diagnostics.filter(isPlaceholder('ohos.permission.APPROXIMATELY_LOCATION'))).toHaveLength(1);
    expect((await moduleAgain).diagnostics.some(isMissing)).toBe(false);

    const cleared = client.nextDiagnostics(uriOf(zhStrings), (p: PublishDiagnosticsParams) => p.version === 2);
    await client.change(uriOf(zhStrings), after.replace(PURPOSE_PLACEHOLDER, '用于显示附近有货的门店，例如比价时查找最近的门店'));
    expect((await cleared).diagnostics.some(isPlaceholder('ohos.permission.APPROXIMATELY_LOCATION'))).toBe(false);
  });
});

describe('a locale file buffer opened before app.json names it', () => {
  it('is read from the buffer once app.json names it, not from the empty file on disk', async () => {
    const app = copyFixture('expo');
    const appJson = join(app, 'app.json');
    const created = join(app, 'locales/zh-Hans.json');
    mkdirSync(join(app, 'locales'));
    writeFileSync(created, '');
    client = await startInProcess({ folders: [dir!], settings: { locales: ['zh-Hans'] } });
    const text = readFileSync(appJson, 'utf8');
    await client.open(appJson, text);
    // Not a config file yet: nothing names it.
    await client.openQuietly(created, JSON.stringify({ ios: { NSMicrophoneUsageDescription: '用于录制附在收据上的语音备注，例如说明报销用途时。' } }, null, 2));
    await client.server!.linting.idle();
    await client.hover(uriOf(appJson), { line: 0, character: 0 });
    const published = client.nextDiagnostics(uriOf(appJson));
    await client.change(uriOf(appJson), text.replace('"slug": "scanner",', '"slug": "scanner",\n    "locales": { "zh-Hans": "./locales/zh-Hans.json" },'));
    const diagnostics = (await published).diagnostics;
    expect(diagnostics.filter((d) => d.message.includes('cannot be read')).map((d) => d.message)).toEqual([]);
    expect(diagnostics.some(missing('zh-Hans', 'NSMicrophoneUsageDescription'))).toBe(false);
    expect(diagnostics.some(missing('zh-Hans', 'NSCameraUsageDescription'))).toBe(true);
  });
});

describe('a locale the settings require and the Expo config does not have', () => {
  it('creates locales/<locale>.json and names it in app.json; the new unsaved buffer is what the model reads', async () => {
    const app = copyFixture('expo');
    const appJson = join(app, 'app.json');
    client = await startInProcess({ folders: [dir!], settings: { locales: ['zh-Hans'] } });
    const text = readFileSync(appJson, 'utf8');
    const opened = await client.open(appJson, text);
    const isMissing = missing('zh-Hans', 'NSMicrophoneUsageDescription');
    const action = await fixFor(uriOf(appJson), opened.diagnostics, isMissing, 'Add a zh-Hans NSMicrophoneUsageDescription to a new locales/zh-Hans.json, named in app.json locales');
    const created = join(app, 'locales/zh-Hans.json');
    const results = await client.applyEdit(action.edit!, () => '');
    const localeText = results.get(uriOf(created))!;
    expect(JSON.parse(localeText)).toEqual({ ios: { NSMicrophoneUsageDescription: PURPOSE_PLACEHOLDER } });
    expect(JSON.parse(client.text(uriOf(appJson))).expo.locales).toEqual({ 'zh-Hans': './locales/zh-Hans.json' });
    expect(applyChecked(action, appJson, text)).toBe(client.text(uriOf(appJson)));

    // As VS Code applies it: the file is created empty on disk, its content is an unsaved buffer.
    mkdirSync(join(app, 'locales'));
    writeFileSync(created, '');
    await client.openQuietly(created, '');
    await client.server!.linting.idle();
    // A request round trip: the diagnostics the server sent before its answer (for the app.json edit) are in.
    await client.hover(uriOf(appJson), { line: 0, character: 0 });
    const localeEdited = client.nextDiagnostics(uriOf(appJson));
    await client.change(uriOf(created), localeText);
    const after = (await localeEdited).diagnostics;
    expect(after.filter((d) => d.message.includes('cannot be read')).map((d) => d.message)).toEqual([]);
    expect(after.some(isMissing)).toBe(true); // a TODO is not a translation

    const cleared = client.nextDiagnostics(uriOf(appJson), (p: PublishDiagnosticsParams) => !p.diagnostics.some(isMissing));
    await client.change(uriOf(created), localeText.replace(PURPOSE_PLACEHOLDER, '用于录制附在收据上的语音备注，例如说明报销用途时。'));
    expect((await cleared).diagnostics.some(isMissing)).toBe(false);
  });
});
