// Knowledge base: catalogued APIs (generated from the reference catalog by scripts/import-catalog.mjs) and
// hand-written tables of purpose keys, native permission ids, Android groups and dependency permissions.
// Pure data + functions: no ESLint imports.
export * from './types.js';
export * from './registry.js';
export * from './native-ids.js';
export * from './android.js';
export * from './requirements.js';
export * from './dependencies.js';
