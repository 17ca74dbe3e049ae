// Info.plist (XML property list): every purpose-string key of the top-level dict, the temporary-location purpose
// dictionary and UIBackgroundModes, with the ranges of the <key> and value elements.
import type { Declaration } from '../../types.js';
import type { LineIndex } from '../positions.js';
import { parseXml, type XmlElement } from '../xml.js';
import type { FileParseOutput } from './types.js';

/** NS…UsageDescription (and the few purpose keys that do not follow that pattern). */
export function isIosPurposeKey(key: string): boolean {
  return /^NS\w*UsageDescription$/.test(key) || key === 'NFCReaderUsageDescription';
}

export const TEMPORARY_LOCATION_DICTIONARY = 'NSLocationTemporaryUsageDescriptionDictionary';
export const BACKGROUND_MODES = 'UIBackgroundModes';

export interface PlistEntry {
  key: string;
  keyElement: XmlElement;
  value: XmlElement | undefined;
}

/** The key/value pairs of a plist <dict>, in order. */
export function dictEntries(dict: XmlElement): PlistEntry[] {
  const entries: PlistEntry[] = [];
  const children = dict.children;
  for (let i = 0; i < children.length; i++) {
    if (children[i].name !== 'key') continue;
    const next = children[i + 1];
    entries.push({ key: children[i].text.trim(), keyElement: children[i], value: next && next.name !== 'key' ? next : undefined });
  }
  return entries;
}

export function parseInfoPlist(file: string, text: string): FileParseOutput {
  const parsed = parseXml(file, text, 'Info.plist');
  if (!parsed.ok) return { declarations: [], problems: [parsed.problem], unreadable: true };
  const root = parsed.root;
  const dict = root?.name === 'plist' ? root.children.find((c) => c.name === 'dict') : undefined;
  if (!dict) {
    return {
      declarations: [],
      problems: [{ file, message: 'Info.plist has no top-level <plist><dict>: it cannot be read as a property list', range: parsed.lines.range(root?.start ?? 0, root?.end ?? 0) }],
      unreadable: true,
    };
  }
  const declarations: Declaration[] = [];
  const lines = parsed.lines;
  const element = (e: XmlElement) => lines.range(e.start, e.end);
  for (const { key, keyElement, value } of dictEntries(dict)) {
    if (isIosPurposeKey(key)) {
      declarations.push({
        platform: 'ios',
        key,
        ...(value?.name === 'string' ? { rawValue: value.text, value: value.text } : {}),
        source: 'info-plist',
        file,
        keyRange: element(keyElement),
        ...(value ? { valueRange: element(value) } : {}),
      });
    } else if (key === TEMPORARY_LOCATION_DICTIONARY) {
      declarations.push({ platform: 'ios', key, source: 'info-plist', file, keyRange: element(keyElement), ...(value ? { valueRange: element(value) } : {}) });
      if (value?.name === 'dict') {
        for (const entry of dictEntries(value)) {
          declarations.push({
            platform: 'ios',
            key: `${TEMPORARY_LOCATION_DICTIONARY}.${entry.key}`,
            ...(entry.value?.name === 'string' ? { rawValue: entry.value.text, value: entry.value.text } : {}),
            source: 'info-plist',
            file,
            keyRange: element(entry.keyElement),
            ...(entry.value ? { valueRange: element(entry.value) } : {}),
          });
        }
      }
    } else if (key === BACKGROUND_MODES && value?.name === 'array') {
      for (const mode of value.children) {
        if (mode.name !== 'string') continue;
        declarations.push(backgroundMode(file, mode, lines));
      }
    }
  }
  return { declarations, problems: [], unreadable: false };
}

function backgroundMode(file: string, mode: XmlElement, lines: LineIndex): Declaration {
  const range = lines.range(mode.start, mode.end);
  return { platform: 'ios', key: `${BACKGROUND_MODES}:${mode.text.trim()}`, rawValue: mode.text, value: mode.text.trim(), source: 'info-plist', file, keyRange: range, valueRange: range };
}
