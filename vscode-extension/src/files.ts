// Which documents the client hands to the server (its document selector). Kept apart from extension.ts, which
// imports `vscode`, so a test can check these patterns against the files the server's config lints.

/**
 * The files the server checks: sources, templates and every config file the project model reads. By pattern, not
 * by language id, because VS Code has no language for Info.plist, WXML or .ets without other extensions.
 */
export const FILE_PATTERNS = [
  '**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx,vue,wxml,ets}',
  '**/Info.plist',
  '**/*.xcprivacy',
  '**/*.lproj/InfoPlist.strings',
  '**/AndroidManifest.xml',
  '**/{app,manifest,androidPrivacy}.json',
  '**/{module,app}.json5',
  '**/resources/*/element/string.json',
];
