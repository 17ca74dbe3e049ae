import { describe, expect, it } from 'vitest';
import plugin from '../../eslint-plugin/src/index.js';

describe('plugin object', () => {
  it('has a namespace and a recommended flat config object (usable as `[consentry.configs.recommended]`)', () => {
    expect(plugin.meta.namespace).toBe('consentry');
    // ESLint 10 rejects nested arrays in a plain config array, so the recommended config is one object.
    expect(Array.isArray(plugin.configs.recommended)).toBe(false);
    expect(plugin.configs.recommended.plugins?.consentry).toBe(plugin);
    expect([...plugin.configs.recommended]).toEqual([plugin.configs.recommended]);
  });
});
