// <locale>.lproj/InfoPlist.strings: `"Key" = "Value";` pairs (keys may be unquoted), with /* */ and // comments.
// The text arrives decoded (UTF-8 or UTF-16 with BOM, see file-source.ts).
import type { Declaration } from '../../types.js';
import { LineIndex } from '../positions.js';
import { isIosPurposeKey, TEMPORARY_LOCATION_DICTIONARY } from './info-plist.js';
import type { FileParseOutput } from './types.js';

/** The locale of `…/zh-Hans.lproj/InfoPlist.strings` ('zh-Hans'); undefined when the path has no .lproj folder. */
export function lprojLocale(file: string): string | undefined {
  return /([^/\\]+)\.lproj[/\\][^/\\]+$/.exec(file)?.[1];
}

interface Token {
  text: string;
  start: number;
  end: number;
}

export interface StringsEntry {
  key: Token;
  value: Token;
}

export type StringsParseResult = { ok: true; entries: StringsEntry[] } | { ok: false; entries: StringsEntry[]; error: { message: string; offset: number } };

export function parseStringsText(text: string): StringsParseResult {
  const entries: StringsEntry[] = [];
  let i = 0;
  const fail = (message: string): StringsParseResult => ({ ok: false, entries, error: { message, offset: Math.min(i, text.length) } });
  const skip = (): string | undefined => {
    while (i < text.length) {
      const ch = text[i];
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\uFEFF') i++;
      else if (text.startsWith('/*', i)) {
        const close = text.indexOf('*/', i + 2);
        if (close === -1) return 'unterminated comment';
        i = close + 2;
      } else if (text.startsWith('//', i)) {
        const newline = text.indexOf('\n', i);
        i = newline === -1 ? text.length : newline + 1;
      } else break;
    }
    return undefined;
  };
  const readToken = (): Token | string => {
    const start = i;
    if (text[i] === '"') {
      let value = '';
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\') {
          const next = text[i + 1];
          if (next === 'n') value += '\n';
          else if (next === 't') value += '\t';
          else if (next === 'r') value += '\r';
          else if ((next === 'U' || next === 'u') && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
            i += 6;
            continue;
          } else if (next !== undefined) value += next;
          i += 2;
          continue;
        }
        value += text[i++];
      }
      if (i >= text.length) return 'unterminated string';
      i++;
      return { text: value, start, end: i };
    }
    const match = /^[A-Za-z0-9_.$:/-]+/.exec(text.slice(i, i + 256));
    if (!match) return `unexpected character ${JSON.stringify(text[i])}`;
    i += match[0].length;
    return { text: match[0], start, end: i };
  };
  for (;;) {
    const commentError = skip();
    if (commentError) return fail(commentError);
    if (i >= text.length) break;
    const key = readToken();
    if (typeof key === 'string') return fail(key);
    if (skip()) return fail('unterminated comment');
    if (text[i] === ';') {
      // `"Key";` is shorthand for "Key" = "Key".
      i++;
      entries.push({ key, value: key });
      continue;
    }
    if (text[i] !== '=') return fail(`expected "=" after ${JSON.stringify(key.text)}`);
    i++;
    if (skip()) return fail('unterminated comment');
    const value = readToken();
    if (typeof value === 'string') return fail(value);
    if (skip()) return fail('unterminated comment');
    if (text[i] !== ';') return fail(`expected ";" after the value of ${JSON.stringify(key.text)}`);
    i++;
    entries.push({ key, value });
  }
  return { ok: true, entries };
}

export function parseInfoPlistStrings(file: string, text: string): FileParseOutput {
  const lines = new LineIndex(text);
  const locale = lprojLocale(file);
  const parsed = parseStringsText(text);
  const declarations: Declaration[] = [];
  for (const { key, value } of parsed.entries) {
    if (!isIosPurposeKey(key.text) && !key.text.startsWith(`${TEMPORARY_LOCATION_DICTIONARY}.`)) continue;
    declarations.push({
      platform: 'ios',
      key: key.text,
      rawValue: value.text,
      value: value.text,
      ...(locale ? { locale } : {}),
      source: 'infoplist-strings',
      file,
      keyRange: lines.range(key.start, key.end),
      valueRange: lines.range(value.start, value.end),
    });
  }
  if (!parsed.ok) {
    const at = lines.range(parsed.error.offset, parsed.error.offset);
    return { declarations, problems: [{ file, message: `InfoPlist.strings cannot be read: ${parsed.error.message}`, range: at }], unreadable: true };
  }
  return { declarations, problems: [], unreadable: false };
}
