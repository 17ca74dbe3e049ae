// Where the platform itself remembers a refusal, so that asking again shows no dialog. Shared by
// no-repeat-request-after-denial (asking again from a hook is no nagging there) and no-block-on-denial (a dialog
// choice that asks again is no loop there).
//
// WeChat keeps a refusal of a scope until the mini program is deleted, and a later call of that scope's API fails at
// once with no prompt (developers.weixin.qq.com 授权: 如果用户已拒绝授权，则不会出现弹窗，而是直接进入接口 fail 回调): wx.*,
// uni.authorize and Taro.authorize (mini-program only), and uni / Taro scope APIs in code built for WeChat (and the
// web) alone; an App build asks the system, which may ask again. HarmonyOS does the same for
// requestPermissionsFromUser: after a refusal it returns the refusal with no dialog, and only
// requestPermissionOnSetting or the Settings app can grant it (HarmonyOS guide 再次向用户申请授权).
import type { TSESTree } from '@typescript-eslint/utils';
import { getProjectModel } from '../core/project/index.js';
import { compiledAt, platformRegions, type PlatformRegions } from '../parsers/conditional-compilation.js';
import type { PermissionCall } from './denial.js';

/** HarmonyOS's authorization dialog: shown once; a refused permission is granted only from settings afterwards. */
export const HARMONY_USER_REQUEST = 'harmony:abilityAccessCtrl.createAtManager().requestPermissionsFromUser';

interface RefusalMemoryHost {
  sourceCode: { getAllComments(): TSESTree.Comment[] };
  physicalFilename: string;
}

export interface RefusalMemory {
  /** The platforms uni-app's conditional compilation builds the code at `node` for; undefined outside any #ifdef. */
  compiledFor(node: TSESTree.Node): Set<string> | undefined;
  /** The platforms the file's app targets (null when it belongs to no app). */
  appPlatforms(): ReadonlySet<string> | null;
  /**
   * Whether the platform answers this request from a remembered refusal. `via`: the call of the helper that holds
   * the request, when it is reached through one (`// #ifdef MP-WEIXIN` around `this.getAuthorize()`).
   */
  remembersRefusal(call: PermissionCall, via?: TSESTree.Node): boolean;
}

const onlyMiniProgramOrWeb = (platforms: Iterable<string>): boolean => [...platforms].every((p) => p === 'wechat' || p === 'web');

export function refusalMemory(context: RefusalMemoryHost): RefusalMemory {
  let regions: PlatformRegions | undefined;
  let platforms: ReadonlySet<string> | null | undefined;
  const compiledFor = (node: TSESTree.Node) => compiledAt((regions ??= platformRegions(context.sourceCode.getAllComments())), node.range[0]);
  const appPlatforms = () => (platforms === undefined ? (platforms = getProjectModel().appForFile(context.physicalFilename)?.platforms ?? null) : platforms);
  return {
    compiledFor,
    appPlatforms,
    remembersRefusal(call, via) {
      if (call.match?.entry.id === HARMONY_USER_REQUEST) return true;
      const authorize = /^(wx|uni|Taro)\.authorize$/.test(call.display);
      if (!authorize && call.match?.entry.wechatScope === undefined) return false;
      if (authorize || call.ecosystem === 'wechat') return true;
      // Compiled only for the mini-program (or H5) build: `// #ifdef MP-WEIXIN`.
      for (const node of via ? [call.node, via] : [call.node]) {
        const compiled = compiledFor(node);
        if (compiled && compiled.size > 0 && onlyMiniProgramOrWeb(compiled)) return true;
      }
      const targets = appPlatforms();
      return !!targets && targets.size > 0 && onlyMiniProgramOrWeb(targets);
    },
  };
}
