// Guards every config-file language runs before parsing: a config file that is binary, UTF-16 or huge
// must become one clear parse error on that file, never a crash or a hang.
import type { FileError } from '@eslint/core';
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
