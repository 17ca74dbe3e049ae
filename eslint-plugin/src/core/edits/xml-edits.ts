// Insertions into Info.plist (a <key>/<string> pair in the top-level <dict>) and AndroidManifest.xml
// (<uses-permission>), written like the neighbouring elements. A small tag scanner is enough: only positions of
// elements are needed, and comments, CDATA and processing instructions are skipped so they are never touched.
import { detectEol, detectIndentUnit, isFirstOnLine, lineIndentAt, type TextEdit } from './text.js';

interface Tag {
  type: 'open' | 'close' | 'self';
  name: string;
  start: number;
  /** Offset after the tag's '>'. */
  end: number;
  /** Raw attribute text (open / self-closing tags). */
  attributes: string;
}

function scanTags(text: string): Tag[] {
  const tags: Tag[] = [];
  let i = 0;
  while ((i = text.indexOf('<', i)) >= 0) {
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      i = close < 0 ? text.length : close + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', i)) {
      const close = text.indexOf(']]>', i + 9);
      i = close < 0 ? text.length : close + 3;
      continue;
    }
    if (text.startsWith('<?', i) || text.startsWith('<!', i)) {
      const close = text.indexOf('>', i + 2);
      i = close < 0 ? text.length : close + 1;
      continue;
    }
    // Find the tag's '>' outside quoted attribute values.
    let j = i + 1;
    let quote: string | undefined;
    while (j < text.length) {
      const ch = text[j]!;
      if (quote) {
        if (ch === quote) quote = undefined;
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '>') break;
      j++;
    }
    const raw = text.slice(i + 1, j);
    const end = Math.min(j + 1, text.length);
    if (raw.startsWith('/')) {
      tags.push({ type: 'close', name: raw.slice(1).trim(), start: i, end, attributes: '' });
    } else {
      const self = raw.endsWith('/');
      const body = self ? raw.slice(0, -1) : raw;
      const name = /^[^\s/>]+/.exec(body)?.[0] ?? '';
      tags.push({ type: self ? 'self' : 'open', name, start: i, end, attributes: body.slice(name.length) });
    }
    i = end;
  }
  return tags;
}

export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unescapeXml(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

interface PlistEntry {
  key: string;
  keyStart: number;
  /** The value element: its open (or self-closing) tag and its close tag. */
  value?: { name: string; open: Tag; close?: Tag };
}

interface RootDict {
  open: Tag;
  close?: Tag;
  entries: PlistEntry[];
}

function rootDict(text: string): RootDict | undefined {
  const tags = scanTags(text);
  const stack: Tag[] = [];
  let root: RootDict | undefined;
  let pendingKey: { key: string; keyStart: number } | undefined;
  for (let index = 0; index < tags.length; index++) {
    const tag = tags[index]!;
    const parentIsRoot = root !== undefined && root.close === undefined && stack[stack.length - 1] === root.open;
    if (tag.type === 'open') {
      if (!root && tag.name === 'dict' && stack.every((t) => t.name === 'plist')) {
        root = { open: tag, entries: [] };
      } else if (parentIsRoot && tag.name === 'key') {
        const close = tags.slice(index + 1).find((t) => t.type === 'close' && t.name === 'key');
        if (close) pendingKey = { key: unescapeXml(text.slice(tag.end, close.start).trim()), keyStart: tag.start };
      } else if (parentIsRoot && pendingKey) {
        const entry: PlistEntry = { ...pendingKey, value: { name: tag.name, open: tag } };
        root!.entries.push(entry);
        pendingKey = undefined;
      }
      stack.push(tag);
    } else if (tag.type === 'self') {
      if (!root && tag.name === 'dict' && stack.every((t) => t.name === 'plist')) return { open: tag, close: undefined, entries: [] };
      if (parentIsRoot && pendingKey) {
        root!.entries.push({ ...pendingKey, value: { name: tag.name, open: tag } });
        pendingKey = undefined;
      }
    } else {
      const opened = stack.pop();
      if (root && opened === root.open) {
        root.close = tag;
        return root;
      }
      if (root && stack[stack.length - 1] === root.open && opened && opened.name !== 'key') {
        const entry = root.entries[root.entries.length - 1];
        if (entry?.value && entry.value.open === opened) entry.value.close = tag;
      }
    }
  }
  return root;
}

/**
 * Make Info.plist's top-level <dict> declare `key` with a string value: add a <key>/<string> pair before the
 * closing </dict> (indented like the other keys), or fill an empty <string>. An existing non-empty value: no edits.
 * Undefined when the file has no top-level <dict>.
 */
export function plistSetString(text: string, key: string, value: string): TextEdit[] | undefined {
  const root = rootDict(text);
  if (!root) return undefined;
  const eol = detectEol(text);
  const existing = [...root.entries].reverse().find((e) => e.key === key);
  if (existing?.value) {
    const { name, open, close } = existing.value;
    if (name !== 'string') return undefined;
    const content = close ? text.slice(open.end, close.start) : '';
    // Comments and empty CDATA sections hold no text: `<string><!-- TODO --></string>` is an empty value.
    const comments = content.match(/<!--[\s\S]*?-->/g) ?? [];
    if (content.replace(/<!--[\s\S]*?-->|<!\[CDATA\[\]\]>/g, '').trim() !== '') return [];
    if (close && comments.length > 0) return [{ start: open.end, end: close.start, newText: `${comments.join('')}${escapeXml(value)}` }];
    const replacement = `<string>${escapeXml(value)}</string>`;
    return [{ start: open.start, end: close ? close.end : open.end, newText: replacement }];
  }
  if (root.open.type === 'self') {
    // <dict/>: expand it.
    const indent = lineIndentAt(text, root.open.start);
    const inner = indent + detectIndentUnit(text, '\t');
    return [{
      start: root.open.start,
      end: root.open.end,
      newText: `<dict>${eol}${inner}<key>${escapeXml(key)}</key>${eol}${inner}<string>${escapeXml(value)}</string>${eol}${indent}</dict>`,
    }];
  }
  if (!root.close) return undefined;
  const firstKey = root.entries[0];
  const unit = detectIndentUnit(text, '\t');
  const indent = firstKey && isFirstOnLine(text, firstKey.keyStart) ? lineIndentAt(text, firstKey.keyStart) : lineIndentAt(text, root.open.start) + unit;
  const pair = `${indent}<key>${escapeXml(key)}</key>${eol}${indent}<string>${escapeXml(value)}</string>`;
  if (isFirstOnLine(text, root.close.start)) {
    const lineStart = text.lastIndexOf('\n', root.close.start - 1) + 1;
    return [{ start: lineStart, end: lineStart, newText: `${pair}${eol}` }];
  }
  return [{ start: root.close.start, end: root.close.start, newText: `${eol}${pair}${eol}${lineIndentAt(text, root.open.start)}` }];
}

/** The prefix <manifest> binds to the Android namespace (read from its own attributes, never from a comment). */
function androidPrefix(manifestAttributes: string): string {
  return /xmlns:([\w.-]+)\s*=\s*["']http:\/\/schemas\.android\.com\/apk\/res\/android["']/.exec(manifestAttributes)?.[1] ?? 'android';
}

/** After `offset`: spaces and comments that end on the same line (a comment about the element before them). */
function skipSameLineComments(text: string, offset: number): number {
  let i = offset;
  for (;;) {
    let j = i;
    while (text[j] === ' ' || text[j] === '\t') j++;
    if (!text.startsWith('<!--', j)) return i;
    const close = text.indexOf('-->', j + 4);
    if (close < 0 || text.slice(j, close).includes('\n')) return i;
    i = close + 3;
  }
}

/** Start of the line holding `offset`, moved up over whole-line comments directly above it (they describe it). */
function lineStartWithLeadingComments(text: string, offset: number): number {
  let lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  for (;;) {
    const above = text.slice(0, lineStart).replace(/[ \t]*\r?\n$/, '');
    if (!above.endsWith('-->')) return lineStart;
    const commentStart = above.lastIndexOf('<!--');
    if (commentStart < 0 || !isFirstOnLine(text, commentStart)) return lineStart;
    lineStart = text.lastIndexOf('\n', commentStart - 1) + 1;
  }
}

/**
 * Make AndroidManifest.xml declare `<uses-permission android:name="…"/>`: after the last <uses-permission>, else
 * before <application>, else before </manifest>. Already declared (or deliberately removed with tools:node): no edits.
 */
export function androidManifestAddPermission(text: string, permission: string): TextEdit[] | undefined {
  const tags = scanTags(text);
  const manifestOpen = tags.find((t) => t.type === 'open' && t.name === 'manifest');
  const manifestClose = [...tags].reverse().find((t) => t.type === 'close' && t.name === 'manifest');
  if (!manifestOpen || !manifestClose) return undefined;
  const prefix = androidPrefix(manifestOpen.attributes);
  const permissionTags = tags.filter((t) => (t.type === 'self' || t.type === 'open') && /^uses-permission(-sdk-23)?$/.test(t.name));
  const nameOf = (t: Tag) => new RegExp(`${prefix}:name\\s*=\\s*["']([^"']*)["']`).exec(t.attributes)?.[1];
  if (permissionTags.some((t) => nameOf(t) === permission)) return [];
  const eol = detectEol(text);
  const element = `<uses-permission ${prefix}:name="${escapeXml(permission)}" />`;
  const last = permissionTags[permissionTags.length - 1];
  if (last) {
    const closeTag = last.type === 'open' ? tags.find((t) => t.start > last.start && t.type === 'close' && t.name === last.name) : undefined;
    // A comment on the last permission's line stays with it.
    const after = skipSameLineComments(text, closeTag?.end ?? last.end);
    return [{ start: after, end: after, newText: `${eol}${lineIndentAt(text, last.start)}${element}` }];
  }
  const application = tags.find((t) => (t.type === 'open' || t.type === 'self') && t.name === 'application');
  const anchor = application ?? manifestClose;
  const indent = application ? lineIndentAt(text, application.start) : lineIndentAt(text, manifestOpen.start) + detectIndentUnit(text, '    ');
  if (isFirstOnLine(text, anchor.start)) {
    const lineStart = lineStartWithLeadingComments(text, anchor.start);
    return [{ start: lineStart, end: lineStart, newText: `${indent}${element}${eol}${application ? eol : ''}` }];
  }
  // `<manifest …></manifest>` on one line: the element on a line of its own, </manifest> back at the manifest's indent.
  if (!application) return [{ start: anchor.start, end: anchor.start, newText: `${eol}${indent}${element}${eol}${lineIndentAt(text, manifestOpen.start)}` }];
  return [{ start: anchor.start, end: anchor.start, newText: `${element}${eol}${indent}` }];
}

/**
 * Make an InfoPlist.strings file define `"key" = "value";`: appended as a new line, or an empty value filled in.
 * An existing non-empty value: no edits.
 */
export function stringsSetValue(text: string, key: string, value: string): TextEdit[] {
  const escaped = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
  const entry = new RegExp(`(^|\\n)\\s*"?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?\\s*=\\s*"((?:[^"\\\\]|\\\\.)*)"\\s*;`, 'g');
  // Matched on the text with its comments blanked (same offsets): a commented-out entry is no entry, and a comment
  // between the value and its semicolon does not hide one.
  const code = blankStringsComments(text);
  let match: RegExpExecArray | null;
  let last: RegExpExecArray | undefined;
  while ((match = entry.exec(code))) last = match;
  if (last) {
    if (last[2]!.trim() !== '') return [];
    const valueStart = last.index + last[0].lastIndexOf(`"${last[2]}"`) + 1;
    return [{ start: valueStart, end: valueStart + last[2]!.length, newText: escaped(value) }];
  }
  const eol = detectEol(text);
  const needsBreak = text.length > 0 && text !== '\uFEFF' && !text.endsWith('\n');
  return [{ start: text.length, end: text.length, newText: `${needsBreak ? eol : ''}"${key}" = "${escaped(value)}";${eol}` }];
}

/** A .strings text with its comments (`/* … */`, `// …`) replaced by spaces, line breaks kept: offsets are unchanged. */
function blankStringsComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      // A quoted string, escapes included: `//` in "http://…" is no comment.
      let j = i + 1;
      while (j < text.length && text[j] !== '"' && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      j = Math.min(j + 1, text.length);
      out += text.slice(i, j);
      i = j;
    } else if (text.startsWith('/*', i) || text.startsWith('//', i)) {
      const block = text[i + 1] === '*';
      const close = block ? text.indexOf('*/', i + 2) : text.indexOf('\n', i);
      const end = close < 0 ? text.length : block ? close + 2 : close;
      out += text.slice(i, end).replace(/[^\r\n]/g, ' ');
      i = end;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
