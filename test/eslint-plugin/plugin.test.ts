import { describe, expect, it } from 'vitest';
import plugin from '../../eslint-plugin/src/index.js';

describe('plugin object', () => {
  it('has a namespace and a recommended flat config array', () => {
    expect(plugin.meta.namespace).toBe('consentry');
    expect(Array.isArray(plugin.configs.recommended)).toBe(true);
    expect(plugin.configs.recommended.length).toBeGreaterThan(0);
  });
});
