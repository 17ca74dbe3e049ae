// Parser for Apple `.strings` files. Errors carry the offset where the file stops making sense.
import type { FileError } from '@eslint/core';
import { LineIndex } from '../shared/line-index.js';
import { checkTextFile, fileErrorAt, type FileCheckOptions } from '../shared/file-checks.js';
import type { StringsComment, StringsDocument, StringsEntry, StringsLiteral } from './strings-ast.js';

export type StringsParseResult = { ok: true; ast: StringsDocument; comments: StringsComment[] } | { ok: false; error: FileError };

class StringsSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const UNQUOTED_CHAR = /[A-Za-z0-9_$+/:.\-]/;
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', "'": "'", '\\': '\\', a: '\u0007', b: '\b', f: '\f', v: '\v' };

export function parseStrings(text: string, options: FileCheckOptions = {}): StringsParseResult {
  const fileProblem = checkTextFile(text, options);
  if (fileProblem) return { ok: false, error: fileProblem };
  try {
    return new StringsParser(text).parse();
  } catch (error) {
    if (error instanceof StringsSyntaxError) return { ok: false, error: fileErrorAt(text, error.offset, error.message) };
    throw error;
  }
}

class StringsParser {
  #i = 0;
  /** End of the last key, value or `=`, where a missing `=` or `;` is reported. */
  #lastTokenEnd = 0;
  readonly #lines: LineIndex;
  readonly #comments: StringsComment[] = [];

  constructor(readonly text: string) {
    this.#lines = new LineIndex(text);
  }

  parse(): StringsParseResult {
    const entries: StringsEntry[] = [];
    for (this.#skipTrivia(); this.#i < this.text.length; this.#skipTrivia()) {
      const start = this.#i;
      const key = this.#literal('a key');
      this.#skipTrivia();
      this.#expect('=');
      this.#skipTrivia();
      const value = this.#literal('a value');
      this.#skipTrivia();
      this.#expect(';');
      entries.push({ type: 'StringsEntry', key, value, range: [start, this.#i], loc: this.#lines.loc(start, this.#i) });
    }
    const ast: StringsDocument = { type: 'StringsDocument', entries, range: [0, this.text.length], loc: this.#lines.loc(0, this.text.length) };
    return { ok: true, ast, comments: this.#comments };
  }

  #expect(ch: string): void {
    if (this.text[this.#i] !== ch) {
      throw new StringsSyntaxError(`expected '${ch}' but found ${this.#describeHere()}`, this.#lastTokenEnd);
    }
    this.#i++;
    this.#lastTokenEnd = this.#i;
  }

  #describeHere(): string {
    return this.#i >= this.text.length ? 'the end of the file' : `'${this.text[this.#i]}'`;
  }

  #skipTrivia(): void {
    const text = this.text;
    while (this.#i < text.length) {
      const ch = text[this.#i];
      if (/\s/.test(ch) || ch === '\uFEFF') {
        this.#i++;
      } else if (text.startsWith('/*', this.#i)) {
        const close = text.indexOf('*/', this.#i + 2);
        if (close === -1) throw new StringsSyntaxError('unterminated /* comment', this.#i);
        this.#comment('StringsBlockComment', this.#i, close + 2, text.slice(this.#i + 2, close));
      } else if (text.startsWith('//', this.#i)) {
        let end = this.#i + 2;
        while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
        this.#comment('StringsLineComment', this.#i, end, text.slice(this.#i + 2, end));
      } else {
        return;
      }
    }
  }

  #comment(type: StringsComment['type'], start: number, end: number, value: string): void {
    this.#comments.push({ type, value, range: [start, end], loc: this.#lines.loc(start, end) });
    this.#i = end;
  }

  #literal(what: string): StringsLiteral {
    const text = this.text;
    const start = this.#i;
    if (text[start] === '"') return this.#quoted(start);
    let end = start;
    while (end < text.length && UNQUOTED_CHAR.test(text[end])) end++;
    if (end === start) throw new StringsSyntaxError(`expected ${what} but found ${this.#describeHere()}`, start);
    this.#i = end;
    this.#lastTokenEnd = end;
    return { type: 'StringsLiteral', value: text.slice(start, end), quoted: false, range: [start, end], loc: this.#lines.loc(start, end) };
  }

  #quoted(start: number): StringsLiteral {
    const text = this.text;
    let value = '';
    let i = start + 1;
    for (;;) {
      if (i >= text.length) throw new StringsSyntaxError('unterminated string', start);
      const ch = text[i];
      if (ch === '"') break;
      if (ch !== '\\') {
        value += ch;
        i++;
        continue;
      }
      const next = text[i + 1];
      if (next === undefined) throw new StringsSyntaxError('unterminated string', start);
      if ((next === 'U' || next === 'u') && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        value += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
      } else if (/[0-7]/.test(next)) {
        const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4))![0];
        value += String.fromCharCode(Number.parseInt(octal, 8));
        i += 1 + octal.length;
      } else {
        value += SIMPLE_ESCAPES[next] ?? next;
        i += 2;
      }
    }
    this.#i = i + 1;
    this.#lastTokenEnd = this.#i;
    return { type: 'StringsLiteral', value, quoted: true, range: [start, this.#i], loc: this.#lines.loc(start, this.#i) };
  }
}
