// Guards every config-file language runs before parsing: a config file that is binary, UTF-16 or huge
// must become one clear parse error on that file, never a crash or a hang.
import type { FileError } from '@eslint/core';
import { readFileSync } from 'node:fs';
import { LineIndex } from './line-index.js';

/** Default upper bound for a config file (characters). Real Info.plist / manifest files are far below it. */
export const DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;

export interface FileCheckOptions {
  maxFileSize?: number;
}

/** A parse error at an offset, converted to ESLint's 1-based line and column. */
export function fileErrorAt(text: string, offset: number, message: string): FileError {
  const { line, column } = new LineIndex(text).position(Math.max(0, Math.min(offset, text.length)));
  return { message, line, column: column + 1 };
}

/** Most UTF-16 text read as UTF-8 has a NUL in every other character of its ASCII part. */
function looksLikeUtf16(text: string): boolean {
  const sample = text.slice(0, 400);
  let nuls = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0) nuls++;
  return sample.length >= 4 && nuls * 3 >= sample.length;
}

export function checkTextFile(text: string, options: FileCheckOptions = {}): FileError | undefined {
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (text.length > limit) {
    const size = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
    return {
      message: `file is too large to lint (${size(text.length)}; the limit is ${size(limit)}, set languageOptions.maxFileSize to raise it)`,
      line: 1,
      column: 1,
    };
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    return looksLikeUtf16(text)
      ? fileErrorAt(text, nul, 'file is UTF-16 encoded: convert it to UTF-8 (e.g. `iconv -f UTF-16 -t UTF-8`)')
      : fileErrorAt(text, nul, 'file contains a NUL byte: it is binary, not text');
  }
  return undefined;
}

export function validateMaxFileSize(languageOptions: Record<string, unknown>): void {
  const { maxFileSize } = languageOptions;
  if (maxFileSize !== undefined && (typeof maxFileSize !== 'number' || !(maxFileSize > 0))) {
    throw new TypeError('languageOptions.maxFileSize must be a positive number of characters.');
  }
}

/** UTF-16 bytes (with or without BOM) decoded to a string; undefined when the bytes are not UTF-16 text. */
function decodeUtf16(bytes: Buffer): string | undefined {
  if (bytes.length < 2) return undefined;
  let littleEndian: boolean;
  let start = 0;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) [littleEndian, start] = [true, 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [littleEndian, start] = [false, 2];
  else if (bytes[1] === 0 && bytes[0] !== 0) littleEndian = true;
  else if (bytes[0] === 0 && bytes[1] !== 0) littleEndian = false;
  else return undefined;
  const body = Buffer.from(bytes.subarray(start, start + ((bytes.length - start) & ~1)));
  if (!littleEndian) body.swap16();
  return body.toString('utf16le');
}

/**
 * The text of the file being linted. ESLint reads every file as UTF-8, which garbles the UTF-16 that Xcode
 * writes .strings files in (old projects, and what `plutil`/`genstrings` produce). When the text ESLint holds is
 * exactly that garbled reading of the file on disk, the file is decoded as UTF-16 instead, so locations match
 * what an editor shows. In-memory text (an editor buffer) is always used as given.
 */
export function fileText(body: string, physicalPath: string | undefined): string {
  if (!body.includes('\u0000') || !physicalPath) return body;
  try {
    const bytes = readFileSync(physicalPath);
    if (bytes.toString('utf8').replace(/^\uFEFF/, '') !== body) return body;
    return decodeUtf16(bytes) ?? body;
  } catch {
    return body;
  }
}
