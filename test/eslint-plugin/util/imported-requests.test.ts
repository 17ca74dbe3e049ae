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

describe("appModulesImportedBy with the tsconfig's baseUrl (core-mobile: baseUrl ./app)", () => {
  const put = (path: string, text = 'export {};\n') => write(join('based', path), text);
  put('package.json', JSON.stringify({ name: 'core', dependencies: { 'react-native': '0.76.0' } }));
  put('tsconfig.json', '{ "compilerOptions": { "baseUrl": "./app" } }\n');
  const sentry = put('app/services/sentry/SentryService.ts');
  const config = put('app/config.ts');
  const entry = put('index.js');

  it('resolves a bare specifier to what the baseUrl folder holds at its top; packages stay packages', () => {
    const text = [
      `import SentryService from 'services/sentry/SentryService';`,
      `import config from 'config';`,
      `import { get } from 'lodash';`,
      `import missing from 'services/missing';`,
    ].join('\n');
    expect(appModulesImportedBy(entry, text).sort()).toEqual([config, sentry].sort());
  });
});

describe("appModulesImportedBy with babel-plugin-module-resolver's aliases (read, never run)", () => {
  const put = (path: string, text = 'export {};\n') => write(join('babel', path), text);
  put('package.json', JSON.stringify({ name: 'expiry', dependencies: { 'react-native': '0.74.0' } }));
  put(
    'babel.config.js',
    `module.exports = function (api) {
  api.cache(true);
  return {
    presets: ['module:@react-native/babel-preset'],
    plugins: [
      [
        require.resolve('babel-plugin-module-resolver'),
        { cwd: 'babelrc', extensions: ['.ts', '.tsx', '.js'], alias: { '~': './src', '@services': './src/services', '^@ui/(.+)': './src/ui/\\1', lodash: 'lodash-es' } },
      ],
      'react-native-reanimated/plugin',
    ],
  };
};
`,
  );
  const tracking = put('src/services/tracking.ts');
  const permissions = put('src/utils/permissions.js');
  const screen = put('src/screens/Home.tsx');
  put('other/.babelrc', '{ "plugins": [["module-resolver", { "alias": { "@lib": "./lib" } }]] }\n');
  put('other/package.json', '{ "name": "other" }');
  const lib = put('other/lib/index.js');
  const otherScreen = put('other/src/App.js');

  it('resolves alias keys exactly and as a folder, in babel.config.js returned from a function and in .babelrc', () => {
    const text = [
      `import { startTracking } from '@services/tracking';`,
      `import { askLocation } from '~/utils/permissions';`,
      `import Button from '@ui/Button';`,
      `import debounce from 'lodash/debounce';`,
      `import { servicesLike } from '@services-extra/x';`,
    ].join('\n');
    expect(appModulesImportedBy(screen, text).sort()).toEqual([permissions, tracking].sort());
    expect(appModulesImportedBy(otherScreen, `import { init } from '@lib';`)).toEqual([lib]);
  });
});

describe("appModulesImportedBy with path aliases from the config a tsconfig extends", () => {
  const put = (path: string, text = 'export {};\n') => write(join('monorepo', path), text);
  // A monorepo's shared base sets baseUrl at the repository root and the aliases of every app; the app's tsconfig
  // only extends it. TypeScript resolves the targets against the base's baseUrl, not the app's folder.
  put('tsconfig.base.json', '{ "compilerOptions": { "baseUrl": ".", "paths": { "@shared/*": ["packages/shared/src/*"] } } }\n');
  put('apps/mobile/package.json', JSON.stringify({ name: 'mobile', dependencies: { 'react-native': '0.76.0' } }));
  put('apps/mobile/tsconfig.json', '{ "extends": "../../tsconfig.base", "compilerOptions": { "strict": true } }\n');
  const shared = put('packages/shared/src/consent.ts');
  const screen = put('apps/mobile/src/Home.tsx');
  // An app overriding `paths` replaces the base's aliases (TypeScript does not merge them), still against the
  // base's baseUrl; in an `extends` array the later entry wins; a shared package's config is found in node_modules.
  put('apps/kiosk/package.json', JSON.stringify({ name: 'kiosk' }));
  put('apps/kiosk/node_modules/@acme/tsconfig/tsconfig.json', '{ "compilerOptions": { "strict": true, "paths": { "@acme/*": ["acme/*"] } } }\n');
  put('apps/kiosk/tsconfig.paths.json', '{ "compilerOptions": { "paths": { "@kit/*": ["apps/kiosk/src/kit/*"] } } }\n');
  put('apps/kiosk/tsconfig.json', '{ "extends": ["@acme/tsconfig", "../../tsconfig.base.json", "./tsconfig.paths.json"] }\n');
  const kit = put('apps/kiosk/src/kit/track.ts');
  const kiosk = put('apps/kiosk/src/Main.tsx');
  put('apps/own/package.json', JSON.stringify({ name: 'own' }));
  put('apps/own/tsconfig.json', '{ "extends": "../../tsconfig.base.json", "compilerOptions": { "paths": { "@own/*": ["apps/own/src/lib/*"] } } }\n');
  const ownLib = put('apps/own/src/lib/perm.ts');
  const own = put('apps/own/src/App.tsx');
  // configs that extend each other end the chain instead of looping
  put('apps/loop/package.json', JSON.stringify({ name: 'loop' }));
  put('apps/loop/tsconfig.json', '{ "extends": "./tsconfig.other.json", "compilerOptions": { "baseUrl": ".", "paths": { "~lib/*": ["lib/*"] } } }\n');
  put('apps/loop/tsconfig.other.json', '{ "extends": "./tsconfig.json" }\n');
  const loopLib = put('apps/loop/lib/a.ts');
  const loop = put('apps/loop/src/index.ts');

  it("uses the base config's aliases against the base's baseUrl", () => {
    expect(appModulesImportedBy(screen, `import { ask } from '@shared/consent';`)).toEqual([shared]);
  });

  it('lets the later entry of an extends array win, keeping the baseUrl an earlier one set', () => {
    const text = `import { track } from '@kit/track';\nimport x from '@shared/consent';\nimport y from '@acme/x';`;
    expect(appModulesImportedBy(kiosk, text)).toEqual([kit]);
  });

  it("reads a shared package's config from node_modules", () => {
    put('apps/tv/package.json', JSON.stringify({ name: 'tv' }));
    put('apps/tv/node_modules/@acme/tsconfig/tsconfig.json', '{ "compilerOptions": { "paths": { "@tv/*": ["../../../src/tv/*"] } } }\n');
    put('apps/tv/tsconfig.json', '{ "extends": "@acme/tsconfig" }\n');
    const remote = put('apps/tv/src/tv/remote.ts');
    expect(appModulesImportedBy(put('apps/tv/src/App.tsx'), `import r from '@tv/remote';`)).toEqual([remote]);
  });

  it("replaces the base's aliases with the app's own paths, resolved against the inherited baseUrl", () => {
    expect(appModulesImportedBy(own, `import a from '@own/perm';\nimport b from '@shared/consent';`)).toEqual([ownLib]);
  });

  it('stops at an extends cycle', () => {
    expect(appModulesImportedBy(loop, `import a from '~lib/a';`)).toEqual([loopLib]);
  });
});
