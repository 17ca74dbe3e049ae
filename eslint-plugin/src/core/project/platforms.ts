// The platforms a rule should check for an app: what the app targets, narrowed by settings.consentry.platforms.
import type { ConsentrySettings } from '../settings.js';
import type { Platform } from '../types.js';
import { dirname } from 'node:path';
import type { AppModel } from './api.js';

/** Targeted platforms, restricted by `settings.consentry.platforms` when set (never widened: an untargeted platform stays out). */
export function checkedPlatforms(app: AppModel, settings: ConsentrySettings | undefined): Set<Platform> {
  const restrict = settings?.platforms;
  const out = new Set<Platform>();
  for (const platform of app.platforms) if (!restrict || restrict.includes(platform)) out.add(platform);
  return out;
}

/** Platforms to check whose config was readable: where a missing declaration can be reported with confidence. */
export function reportablePlatforms(app: AppModel, settings: ConsentrySettings | undefined): Set<Platform> {
  const out = checkedPlatforms(app, settings);
  for (const platform of app.unreadablePlatforms) out.delete(platform);
  return out;
}

/** The declarations of one key on one platform (every source and locale). */
export function declarationsOf(app: AppModel, platform: Platform, key: string) {
  return app.declarations.filter((d) => d.platform === platform && d.key === key);
}

/** Where a missing declaration for `platform` belongs (preferred first). */
export function targetsFor(app: AppModel, platform: Platform) {
  return app.targets.filter((t) => t.platform === platform);
}

/** Configs that sit at the root of the app's source: a mini program's app.json, uni-app's manifest.json, Taro's app.config. */
const SOURCE_ROOT_CONFIGS: ReadonlySet<string> = new Set(['wechat-app-json', 'uniapp-manifest', 'taro-app-config']);

/**
 * Folders below the app root that hold the app's own code although they have a package.json of their own: a WeChat
 * project's miniprogramRoot (cloud-development projects keep the mini program's npm packages there), or a uni-app
 * CLI project's src/ where a plugin's package.json was dropped (dbj-uniapp). Walks over the app's code enter them
 * instead of taking them for a nested package.
 */
export function appCodeDirs(app: AppModel): string[] {
  const dirs = new Set<string>();
  for (const config of app.configFiles) {
    if (!SOURCE_ROOT_CONFIGS.has(config.kind)) continue;
    // The folders from the root down to the config's are all the app's code, whatever package.json they hold.
    for (let dir = dirname(config.file); dir !== app.root && dir.startsWith(app.root) && dir !== dirname(dir); dir = dirname(dir)) dirs.add(dir);
  }
  return [...dirs];
}
