// ESLint's built-in JavaScript language (`js/js`). ESLint does not export it, so it is loaded from the
// installed eslint package (a peer dependency, hence the same copy that runs the lint).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Language } from '@eslint/core';

const require = createRequire(import.meta.url);

function loadJsLanguage(): Language {
  const eslintRoot = dirname(require.resolve('eslint/package.json'));
  try {
    return require(join(eslintRoot, 'lib/languages/js/index.js')) as Language;
  } catch (error) {
    throw new Error(`eslint-plugin-consentry could not load ESLint's JavaScript language from ${eslintRoot} (ESLint 9.15+ or 10 is required)`, {
      cause: error,
    });
  }
}

export const eslintJsLanguage: Language = loadJsLanguage();
