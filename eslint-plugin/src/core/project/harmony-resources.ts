// `$string:name` references of module.json5 → the text in <module>/src/main/resources/<qualifier>/element/string.json
// (base first, then AppScope's app-level resources). Each localised copy becomes its own declaration with `locale`.
import { dirname, join } from 'node:path';
import type { ConfigKind, Declaration } from '../types.js';
import type { ParsedFile } from './parsed-file.js';
import { stringReference, type HarmonyString } from './parsers/harmony.js';
import { child, stringValue } from './config-tree.js';

/** Resource qualifier folders that name a language (zh_CN, en_US, zh, bo_CN …); 'base' is the default. */
const LOCALE_QUALIFIER = /^[a-z]{2,3}(?:_[A-Z][a-z]{3})?(?:_[A-Z]{2})?$/;

interface StringTable {
  file: string;
  locale: string | undefined;
  strings: ReadonlyMap<string, HarmonyString>;
}

export function stringTables(
  resourcesDir: string,
  readParsed: (path: string, kind: ConfigKind) => ParsedFile | undefined,
  list: (dir: string) => ReadonlyMap<string, boolean> | undefined,
): StringTable[] {
  const tables: StringTable[] = [];
  const qualifiers = list(resourcesDir);
  if (!qualifiers) return tables;
  for (const [qualifier, isDirectory] of qualifiers) {
    if (!isDirectory || (qualifier !== 'base' && !LOCALE_QUALIFIER.test(qualifier))) continue;
    const file = join(resourcesDir, qualifier, 'element', 'string.json');
    if (list(join(resourcesDir, qualifier, 'element'))?.get('string.json') !== false) continue;
    const parsed = readParsed(file, 'harmony-string-json');
    if (parsed?.strings) tables.push({ file, locale: qualifier === 'base' ? undefined : qualifier, strings: parsed.strings });
  }
  // Base first, then locales in a stable order.
  return tables.sort((a, b) => (a.locale === undefined ? -1 : b.locale === undefined ? 1 : a.locale.localeCompare(b.locale)));
}

/** The folders of the local modules (`file:` dependencies) a module's oh-package.json5 lists. */
function localDependencyModules(moduleFile: string, readParsed: (path: string, kind: ConfigKind) => ParsedFile | undefined): string[] {
  const moduleDir = join(dirname(moduleFile), '..', '..');
  const dependencies = child(readParsed(join(moduleDir, 'oh-package.json5'), 'package-json')?.tree, 'dependencies');
  if (dependencies?.type !== 'object') return [];
  const dirs: string[] = [];
  for (const member of dependencies.members) {
    const target = stringValue(member.value);
    if (target?.startsWith('file:') && !/\.(?:har|hsp|tgz)$/i.test(target)) dirs.push(join(moduleDir, target.slice('file:'.length)));
  }
  return dirs;
}

/**
 * module.json5 lives in <module>/src/main; AppScope is at the project root: beside the module, or a level or two up
 * when modules are grouped (products/entry in Huawei's industry templates).
 */
function appScopeResources(moduleFile: string, list: (dir: string) => ReadonlyMap<string, boolean> | undefined): string | undefined {
  let dir = join(dirname(moduleFile), '..', '..', '..');
  for (let depth = 0; depth < 3; depth++) {
    if (list(dir)?.get('AppScope') === true) return join(dir, 'AppScope', 'resources');
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

export function resolveHarmonyReasons(
  module: ParsedFile,
  readParsed: (path: string, kind: ConfigKind) => ParsedFile | undefined,
  list: (dir: string) => ReadonlyMap<string, boolean> | undefined,
): Declaration[] {
  if (!module.declarations.some((d) => stringReference(d.rawValue) !== undefined)) return module.declarations;
  const moduleTables = stringTables(join(dirname(module.file), 'resources'), readParsed, list);
  const appScope = appScopeResources(module.file, list);
  const appTables = [
    ...(appScope ? stringTables(appScope, readParsed, list) : []),
    // A local HAR the module depends on (oh-package.json5 "@tbs/common": "file:../common") is merged into it at build.
    ...localDependencyModules(module.file, readParsed).flatMap((dir) => stringTables(join(dir, 'src', 'main', 'resources'), readParsed, list)),
  ];
  const out: Declaration[] = [];
  for (const declaration of module.declarations) {
    const name = stringReference(declaration.rawValue);
    if (name === undefined) {
      out.push(declaration);
      continue;
    }
    const lookup = (locale: string | undefined) =>
      [...moduleTables, ...appTables].find((t) => t.locale === locale && t.strings.has(name));
    const base = lookup(undefined);
    const { value: _unresolved, ...rest } = declaration;
    out.push({
      ...rest,
      ...(base ? { value: base.strings.get(name)!.value } : {}),
      harmony: { hasUsedScene: declaration.harmony?.hasUsedScene ?? false, ...(base ? { reasonFile: base.file, reasonRange: base.strings.get(name)!.range } : {}) },
    });
    const locales = new Set([...moduleTables, ...appTables].map((t) => t.locale).filter((l): l is string => l !== undefined));
    for (const locale of [...locales].sort()) {
      const table = lookup(locale);
      if (!table) continue;
      const entry = table.strings.get(name)!;
      out.push({ ...rest, value: entry.value, locale, harmony: { hasUsedScene: declaration.harmony?.hasUsedScene ?? false, reasonFile: table.file, reasonRange: entry.range } });
    }
  }
  return out;
}
