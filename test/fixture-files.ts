// The fixture apps on disk, for tests that hold a property over every file of them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

/**
 * Every file under `dir` whose name matches `pattern`, depth first. Installed dependencies (node_modules folders) are
 * left out: neither ESLint nor the CLI lints them.
 */
export function filesUnder(dir: string, pattern: RegExp = /./): string[] {
  const out: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(path);
      } else if (pattern.test(entry.name)) out.push(path);
    }
  };
  walk(dir);
  return out;
}
