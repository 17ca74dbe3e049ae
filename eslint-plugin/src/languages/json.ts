// @eslint/json's languages, registered under our namespace so users need no extra plugin:
// consentry/json (app.json), consentry/jsonc (manifest.json, string.json), consentry/json5 (module.json5).
import json from '@eslint/json';
import type { Language } from '@eslint/core';

export const jsonLanguage = json.languages.json as unknown as Language;
export const jsoncLanguage = json.languages.jsonc as unknown as Language;
export const json5Language = json.languages.json5 as unknown as Language;
