import type { Language } from '@eslint/core';

/** ESLint Languages for the config files the project model reads (filled in per language module). */
export const languages: Record<string, Language> = {};
