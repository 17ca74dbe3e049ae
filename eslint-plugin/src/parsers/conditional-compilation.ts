// uni-app's conditional compilation: `// #ifdef H5` … `// #endif` (also `/* … */` and `<!-- … -->` markers) keeps code
// for some platforms only, and the uni-app compiler removes the other branches before any JavaScript parser sees the
// file. So a file may be valid uni-app and no valid JavaScript as written:
//   top: { type: Number,
//     // #ifndef H5
//     default: 0
//     // #endif
//     // #ifdef H5
//     default: 44
//     // #endif
//   }
// When the parser rejects such a file, it is parsed once more as one platform's build sees it: the lines of the other
// platforms' branches are blanked (each character but line breaks becomes a space), so every offset, line and column
// still points into the file as written.

import type { Platform } from '../core/types.js';

/** uni-app platform names (#ifdef X) → Consentry's platforms; names not listed here build for none of them. */
const UNI_PLATFORMS: Readonly<Record<string, Platform[]>> = {
  APP: ['ios', 'android', 'harmony'],
  'APP-PLUS': ['ios', 'android'],
  'APP-PLUS-NVUE': ['ios', 'android'],
  'APP-NVUE': ['ios', 'android'],
  'APP-ANDROID': ['android'],
  'APP-IOS': ['ios'],
  'APP-HARMONY': ['harmony'],
  H5: ['web'],
  WEB: ['web'],
  MP: ['wechat'],
  'MP-WEIXIN': ['wechat'],
};

/** Conditions that are not platforms (VUE3, uniVersion > 3.9 …) restrict nothing. */
const UNI_NON_PLATFORM = /^(VUE2|VUE3|UNI-APP-X|uniVersion\b.*)$/;

/**
 * The platforms a `#ifdef` condition (`APP-PLUS || MP-WEIXIN`) builds its code for; undefined when it names
 * something other than platforms (a Vue or uni-app version), which restricts no platform.
 */
export function uniConditionPlatforms(condition: string): Set<Platform> | undefined {
  const parts = condition.split('||').map((p) => p.trim()).filter(Boolean);
  const out = new Set<Platform>();
  for (const part of parts) {
    if (UNI_NON_PLATFORM.test(part)) return undefined;
    (UNI_PLATFORMS[part] ?? []).forEach((p) => out.add(p));
  }
  return out;
}

/** Which build a resolution is for: the App, or the WeChat mini-program. */
export type CompilationTarget = 'app' | 'mp-weixin';

const MARKER = /^\s*(?:\/\/|\/\*|<!--)\s*#(ifdef|ifndef|endif)\b\s*(.*?)\s*(?:\*\/|-->)?\s*$/;
/** A `// #endif` line that goes on with code closing a block or a call (`}`, `)`, `]`, `,`, `;`): group 1 is the marker. */
const CLOSER_AFTER_ENDIF = /^(\s*\/\/\s*#endif\b)(?=\s*[}\]),;])/;

function conditionHolds(condition: string, target: CompilationTarget): boolean {
  const platforms = uniConditionPlatforms(condition);
  // A Vue or uni-app version: one build has one, and Vue 3 is the default of current projects.
  if (!platforms) return !/\bVUE2\b/.test(condition);
  return target === 'app' ? platforms.has('ios') || platforms.has('android') : platforms.has('wechat');
}

/**
 * The text as `target`'s build compiles it: lines in branches for other platforms blanked, same length and line
 * breaks. Undefined when the text has no conditional compilation, or its markers do not pair up.
 */
export function resolveConditionalCompilation(code: string, target: CompilationTarget): string | undefined {
  if (!/#ifn?def\b/.test(code)) return undefined;
  const lines = code.split(/(?<=\n)/);
  const active: boolean[] = [];
  let changed = false;
  const out = lines.map((line) => {
    const marker = MARKER.exec(line.replace(/\r?\n$/, ''));
    if (marker) {
      const [, directive, condition] = marker;
      if (directive === 'endif') {
        if (active.length === 0) throw new UnpairedMarker();
        active.pop();
        // `// #endif\t},`: uni-app removes the marker only, so the closing code after it is code (zuji.vue).
        const closer = CLOSER_AFTER_ENDIF.exec(line);
        if (closer && active.every(Boolean)) {
          changed = true;
          return ' '.repeat(closer[1].length) + line.slice(closer[1].length);
        }
      } else {
        const holds = conditionHolds(condition ?? '', target);
        active.push(directive === 'ifdef' ? holds : !holds);
      }
      return line;
    }
    if (active.every(Boolean)) return line;
    changed = true;
    return line.replace(/[^\r\n]/g, ' ');
  });
  return changed ? out.join('') : undefined;
}

class UnpairedMarker extends Error {}

/** resolveConditionalCompilation, or undefined when the markers do not pair up. */
export function compiledFor(code: string, target: CompilationTarget): string | undefined {
  try {
    return resolveConditionalCompilation(code, target);
  } catch (error) {
    if (error instanceof UnpairedMarker) return undefined;
    throw error;
  }
}

/** Code regions a file's `#ifdef` / `#ifndef` … `#endif` comments build for some platforms only: [start, end) offsets. */
export type PlatformRegions = { start: number; end: number; platforms: Set<Platform> }[];

const EVERY_PLATFORM: readonly Platform[] = ['ios', 'android', 'wechat', 'harmony', 'web'];

const regionsByComments = new WeakMap<object, PlatformRegions>();

/**
 * The regions of a file's comments (as a parser gives them: `value` without the markers, `range` in the file), read
 * once per comment list: ESLint's SourceCode hands out the same array on every getAllComments() of a file.
 */
export function platformRegions(comments: readonly { value: string; range: readonly [number, number] }[]): PlatformRegions {
  let regions = regionsByComments.get(comments);
  if (!regions) {
    regions = readPlatformRegions(comments);
    regionsByComments.set(comments, regions);
  }
  return regions;
}

function readPlatformRegions(comments: readonly { value: string; range: readonly [number, number] }[]): PlatformRegions {
  const regions: PlatformRegions = [];
  const open: { start: number; platforms: Set<Platform> | undefined }[] = [];
  for (const comment of comments) {
    const directive = /^\s*#(ifdef|ifndef|endif)\b\s*(.*?)\s*$/.exec(comment.value);
    if (!directive) continue;
    if (directive[1] === 'endif') {
      const region = open.pop();
      if (region?.platforms) regions.push({ start: region.start, end: comment.range[0], platforms: region.platforms });
      continue;
    }
    const platforms = uniConditionPlatforms(directive[2]);
    const built = platforms && (directive[1] === 'ifdef' ? platforms : new Set(EVERY_PLATFORM.filter((p) => !platforms.has(p))));
    open.push({ start: comment.range[1], platforms: built });
  }
  return regions;
}

/** The platforms the code at `offset` is built for, or undefined when no region encloses it. */
export function compiledAt(regions: PlatformRegions, offset: number): Set<Platform> | undefined {
  let result: Set<Platform> | undefined;
  for (const region of regions) {
    if (region.start <= offset && offset < region.end) result = result ? new Set([...result].filter((p) => region.platforms.has(p))) : new Set(region.platforms);
  }
  return result;
}
