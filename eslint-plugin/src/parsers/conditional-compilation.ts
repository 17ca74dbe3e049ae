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

/** Which build a resolution is for: the App, or the WeChat mini-program. */
export type CompilationTarget = 'app' | 'mp-weixin';

const MARKER = /^\s*(?:\/\/|\/\*|<!--)\s*#(ifdef|ifndef|endif)\b\s*(.*?)\s*(?:\*\/|-->)?\s*$/;

/** Whether one platform name of a condition (`APP-PLUS`, `MP-WEIXIN`, `H5`, `VUE3` …) holds for `target`. */
function platformHolds(name: string, target: CompilationTarget): boolean {
  const upper = name.trim().toUpperCase();
  if (upper === 'VUE3' || upper === 'UNI-APP-X') return upper === 'VUE3';
  if (target === 'app') return upper === 'APP' || upper.startsWith('APP-');
  return upper === 'MP' || upper === 'MP-WEIXIN';
}

function conditionHolds(condition: string, target: CompilationTarget): boolean {
  return condition.split('||').some((name) => platformHolds(name, target));
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
