// WeChat mini-program app.json and Taro src/app.config.*: the same keys (Taro emits app.json from app.config).
import { child, isOpaqueAt, type ConfigNode } from '../config-tree.js';
import { wechatDeclarations } from './object-declarations.js';
import type { FileParseOutput } from './types.js';

export interface MiniProgramOutput extends FileParseOutput {
  hasPages: boolean;
}

/** WeChat app.json has `pages` (a list of page paths); Expo app.json has `expo`. */
export function isWechatAppJson(root: ConfigNode | undefined): boolean {
  return child(root, 'pages')?.type === 'array' && child(root, 'expo') === undefined;
}

export function readWechatAppJson(file: string, root: ConfigNode): MiniProgramOutput {
  return {
    declarations: wechatDeclarations(
      { permission: 'wechat-permission', requiredPrivateInfos: 'wechat-required-private-infos', requiredBackgroundModes: 'wechat-required-background-modes' },
      file,
      root,
    ),
    problems: [],
    unreadable: false,
    hasPages: child(root, 'pages')?.type === 'array',
  };
}

export function readTaroAppConfig(file: string, root: ConfigNode): MiniProgramOutput {
  const opaque = root.type === 'unknown' || isOpaqueAt(root, ['permission']) || isOpaqueAt(root, ['requiredPrivateInfos']);
  return {
    declarations: wechatDeclarations(
      { permission: 'taro-permission', requiredPrivateInfos: 'taro-required-private-infos', requiredBackgroundModes: 'taro-required-background-modes' },
      file,
      root,
    ),
    problems: [],
    unreadable: opaque,
    hasPages: child(root, 'pages')?.type === 'array',
  };
}
