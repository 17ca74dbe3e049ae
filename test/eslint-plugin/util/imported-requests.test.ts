// appModulesImportedBy: which of the app's own modules a source text imports (the language server re-checks a file
// when one of them is saved). Resolved like the rule resolves helpers; packages and missing files are left out.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appModulesImportedBy } from '../../../eslint-plugin/src/util/imported-requests.js';

const root = mkdtempSync(join(tmpdir(), 'consentry-imports-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text = 'export {};\n'): string {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

describe('appModulesImportedBy', () => {
  const permissions = write('src/permissions.ts');
  const utilsIndex = write('src/utils/index.js');
  const tracking = write('src/tracking.tsx');
  const app = write('src/App.tsx');

  it('resolves static, dynamic, require and re-export specifiers to files, once each', () => {
    const text = [
      `import { askCamera } from './permissions';`,
      `import * as utils from './utils';`,
      `const again = require('./permissions');`,
      `const later = () => import('./tracking');`,
      `export { track } from "./tracking.tsx";`,
    ].join('\n');
    expect(appModulesImportedBy(app, text).sort()).toEqual([permissions, tracking, utilsIndex].sort());
  });

  it('leaves out packages, files that do not exist, and specifiers that only appear in strings of other calls', () => {
    const text = [
      `import { PermissionsAndroid } from 'react-native';`,
      `import { missing } from './missing';`,
      `const label = t('./permissions');`,
    ].join('\n');
    expect(appModulesImportedBy(app, text)).toEqual([]);
  });
});

describe("appModulesImportedBy with the app's tsconfig path aliases", () => {
  const put = (path: string, text = 'export {};\n') => write(join('aliased', path), text);
  put('package.json', JSON.stringify({ name: 'wallet', dependencies: { 'react-native': '0.76.0' } }));
  put('tsconfig.json', '{\n  // module-resolver mirrors these\n  "compilerOptions": { "baseUrl": ".", "paths": { "@core/*": ["src/core/*"], "@config": ["src/config/index.ts"] } },\n}\n');
  const hook = put('src/core/hooks/useRegister.ts');
  const config = put('src/config/index.ts');
  const screen = put('src/screens/Register.tsx');

  it('resolves aliased specifiers, exact and with a wildcard, and leaves look-alike packages out', () => {
    const text = [
      `import useRegister from '@core/hooks/useRegister';`,
      `import CONFIG from '@config';`,
      `import Button from '@core-ui/button';`,
      `import { missing } from '@core/hooks/missing';`,
    ].join('\n');
    expect(appModulesImportedBy(screen, text).sort()).toEqual([config, hook].sort());
  });
});
