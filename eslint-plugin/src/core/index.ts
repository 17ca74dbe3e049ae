// Framework-free core: project model + knowledge base. No eslint / vscode / LSP imports below this folder.
export * from './types.js';
export * from './settings.js';
export * from './project/api.js';
export * from './project/index.js';
export * from './knowledge/index.js';
export {
  applyTextEdits,
  buildDeclarationEdits,
  buildDeclarationsEdits,
  buildTranslationEdits,
  harmonyStringJsonFor,
  minimalEdit,
  type DeclarationEditRequest,
  type FileEdits,
  type ReadText,
  type TextEdit,
  type TranslationTarget,
} from './edits/index.js';
export { PURPOSE_PLACEHOLDER, purposePlaceholder } from './purpose-text.js';
export { withStableFiles } from './freshness.js';
export { UsageIndex, getUsageIndex, setUsageIndex, scanFileText, scanCodeUses, dependencyUses, isCodeFileName, UNI_MODULES_COMPONENT, type PermissionUsage, type UsageSite, type UsageApp } from './usage-index.js';
