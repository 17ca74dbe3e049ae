// Offset-based text edits and the layout facts (line ending, indentation) the edit builders imitate.

/** Replace [start, end) of the original text with newText. Offsets are UTF-16 code units. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** Apply non-overlapping edits to a text. Insertions at the same offset appear in the order of the list (as in LSP). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => b.edit.start - a.edit.start || b.edit.end - a.edit.end || b.index - a.index)
    .map(({ edit }) => edit);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}

export function detectEol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The whitespace at the start of the line holding `offset`. */
export function lineIndentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** Whether only whitespace precedes `offset` on its line. */
export function isFirstOnLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*$/.test(text.slice(lineStart, offset));
}

/** The file's indentation unit: a tab, or the smallest step of leading spaces (default two spaces). */
export function detectIndentUnit(text: string, fallback = '  '): string {
  let tabs = 0;
  let smallest = Infinity;
  const lines = text.split('\n', 400);
  for (const line of lines) {
    const indent = /^[ \t]*/.exec(line)![0];
    if (!indent || indent.length === line.trimEnd().length) continue;
    // ` * text` inside a block comment (JSDoc) is aligned under the `/**`, not indented by a step.
    if (line[indent.length] === '*') continue;
    if (indent.startsWith('\t')) tabs++;
    else if (indent.length < smallest) smallest = indent.length;
  }
  if (tabs > 0 && (smallest === Infinity || tabs > lines.length / 4)) return '\t';
  return smallest === Infinity ? fallback : ' '.repeat(smallest);
}

/** Offset of the end of the line holding `offset` (before its line break). */
export function lineEndAt(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  if (newline < 0) return text.length;
  return text[newline - 1] === '\r' ? newline - 1 : newline;
}
