// Framework-free text edits that insert purpose declarations into config files, keeping their formatting.
export * from './text.js';
export * from './object-tree.js';
export { parseJsonTree } from './json-tree.js';
export { parseJsConfigObject } from './ts-tree.js';
export * from './xml-edits.js';
export * from './declarations.js';
