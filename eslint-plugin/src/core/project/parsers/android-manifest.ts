// AndroidManifest.xml: <uses-permission> / <uses-permission-sdk-23> declarations; tools:node="remove" marks a
// permission removed from the merged manifest (what a library or plugin would otherwise add).
import type { Declaration } from '../../types.js';
import { attribute, parseXml } from '../xml.js';
import type { FileParseOutput } from './types.js';

const PERMISSION_ELEMENTS = new Set(['uses-permission', 'uses-permission-sdk-23']);

export function parseAndroidManifest(file: string, text: string): FileParseOutput {
  const parsed = parseXml(file, text, 'AndroidManifest.xml');
  if (!parsed.ok) return { declarations: [], problems: [parsed.problem], unreadable: true };
  const root = parsed.root;
  if (root?.name !== 'manifest') {
    return {
      declarations: [],
      problems: [{ file, message: 'AndroidManifest.xml has no <manifest> root element', range: parsed.lines.range(root?.start ?? 0, root?.end ?? 0) }],
      unreadable: true,
    };
  }
  const declarations: Declaration[] = [];
  for (const element of root.children) {
    if (!PERMISSION_ELEMENTS.has(element.name)) continue;
    const name = attribute(element, 'android:name');
    if (!name) continue;
    const node = attribute(element, 'tools:node');
    declarations.push({
      platform: 'android',
      key: name.value.trim(),
      source: 'android-manifest',
      file,
      keyRange: parsed.lines.range(element.start, element.end),
      valueRange: parsed.lines.range(name.valueStart, name.valueEnd),
      ...(node?.value === 'remove' ? { removed: true } : {}),
    });
  }
  return { declarations, problems: [], unreadable: false };
}
