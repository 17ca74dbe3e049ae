// HarmonyOS module.json5 `module.requestPermissions[{ name, reason: '$string:x', usedScene }]` and the string
// resources (`resources/<qualifier>/element/string.json`) its `$string:` references resolve through.
import type { Declaration, SourceRange } from '../../types.js';
import { child, childAt, member, type ConfigNode } from '../config-tree.js';
import type { FileParseOutput } from './types.js';

export interface HarmonyModuleOutput extends FileParseOutput {
  moduleName: string | undefined;
  moduleType: string | undefined;
}

/** Declarations keep the raw reason; the model resolves `$string:` against the module's resources. */
export function readHarmonyModule(file: string, root: ConfigNode): HarmonyModuleOutput {
  const module = child(root, 'module');
  const nameNode = child(module, 'name');
  const typeNode = child(module, 'type');
  const declarations: Declaration[] = [];
  const permissions = child(module, 'requestPermissions');
  if (permissions?.type === 'array') {
    for (const entry of permissions.elements) {
      const name = child(entry, 'name');
      if (name?.type !== 'string') continue;
      const reason = child(entry, 'reason');
      const usedScene = child(entry, 'usedScene');
      declarations.push({
        platform: 'harmony',
        key: (name.value as string).trim(),
        ...(reason?.type === 'string' ? { rawValue: reason.value as string, value: reason.value as string } : {}),
        source: 'harmony-request-permissions',
        file,
        keyRange: name.range,
        ...(reason ? { valueRange: reason.range } : {}),
        // usedScene is mandatory for user_grant permissions, its `abilities` and `when` both optional (HarmonyOS
        // "Declaring permissions"): `"usedScene": {}` declares it.
        harmony: { hasUsedScene: usedScene?.type === 'object' },
      });
    }
  }
  // Continuous-task types of the module's abilities: `location` keeps location running in the background.
  const abilities = child(module, 'abilities');
  if (abilities?.type === 'array') {
    for (const ability of abilities.elements) {
      const modes = child(ability, 'backgroundModes');
      if (modes?.type !== 'array') continue;
      for (const mode of modes.elements) {
        if (mode.type !== 'string') continue;
        const value = (mode.value as string).trim();
        declarations.push({ platform: 'harmony', key: `backgroundModes:${value}`, rawValue: mode.value as string, value, source: 'harmony-background-modes', file, keyRange: mode.range, valueRange: mode.range });
      }
    }
  }
  return {
    declarations,
    problems: [],
    unreadable: false,
    moduleName: nameNode?.type === 'string' ? (nameNode.value as string) : undefined,
    moduleType: typeNode?.type === 'string' ? (typeNode.value as string) : undefined,
  };
}

export interface HarmonyString {
  value: string;
  range: SourceRange;
}

/** `{ "string": [{ "name": "reason_camera", "value": "…" }] }` → name → value with the value's range. */
export function readHarmonyStrings(root: ConfigNode): Map<string, HarmonyString> {
  const table = new Map<string, HarmonyString>();
  const list = childAt(root, ['string']);
  if (list?.type !== 'array') return table;
  for (const entry of list.elements) {
    const name = child(entry, 'name');
    const value = child(entry, 'value');
    if (name?.type === 'string' && value?.type === 'string') table.set(name.value as string, { value: value.value as string, range: value.range });
  }
  return table;
}

/** `$string:reason_camera` → 'reason_camera'; undefined for literal text. */
export function stringReference(raw: string | undefined): string | undefined {
  return raw === undefined ? undefined : /^\s*\$string:([\w.]+)\s*$/.exec(raw)?.[1];
}
