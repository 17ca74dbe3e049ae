// Framework-free core: project model + knowledge base. No eslint / vscode / LSP imports below this folder.
export * from './types.js';
export * from './settings.js';
export * from './project/api.js';
export * from './project/index.js';
export * from './knowledge/index.js';
