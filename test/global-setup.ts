// Fixture apps that test reading installed packages (a library's own manifest proves a permission is used) need a
// node_modules folder. node_modules is never committed: the packages live in
// test/fixtures/rules/<rule>/installed-packages/<app>/ and are copied to <app>/node_modules here, once, before any
// test file runs (so no test can see a half-installed app).
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RULE_FIXTURES = fileURLToPath(new URL('./fixtures/rules/', import.meta.url));

export function installFixturePackages(): void {
  for (const rule of readdirSync(RULE_FIXTURES)) {
    const packagesDir = join(RULE_FIXTURES, rule, 'installed-packages');
    if (!existsSync(packagesDir)) continue;
    for (const app of readdirSync(packagesDir)) {
      const target = join(RULE_FIXTURES, rule, app, 'node_modules');
      rmSync(target, { recursive: true, force: true });
      cpSync(join(packagesDir, app), target, { recursive: true });
    }
  }
}

export default function setup(): void {
  installFixturePackages();
}
