// Per-file facts shared by the rules (eslint-plugin/src/util/file-cache.ts): computed once per linted file, never
// carried from one file (or one version of a file in the editor) to the next.
import { describe, expect, it } from 'vitest';
import { FileCache } from '../../../eslint-plugin/src/util/file-cache.js';

describe('FileCache', () => {
  it('computes a file’s value once, however many rules ask', () => {
    const cache = new FileCache<{ calls: number }>();
    const sourceCode = {};
    let computed = 0;
    const compute = () => ({ calls: ++computed });
    const first = cache.get(sourceCode, compute);
    expect(cache.get(sourceCode, compute)).toBe(first);
    expect(computed).toBe(1);
  });

  it('keeps each file (each lint of an edited buffer) apart', () => {
    const cache = new FileCache<string>();
    const before = {};
    const after = {};
    expect(cache.get(before, () => 'old text')).toBe('old text');
    expect(cache.get(after, () => 'new text')).toBe('new text');
    expect(cache.get(before, () => 'recomputed')).toBe('old text');
  });
});
