// ESLint (10.15 and earlier) makes every rule's context with Object.create(fileContext), so each file's
// FileContext becomes a prototype. V8 then gives it maps of its own; maps live in the old generation until the next
// full GC, and through their prototype link they keep the file's SourceCode (AST, tokens, scope manager, traversal
// steps) alive across every young-generation GC in between. Any rule at all pays for it: on the bench corpus one
// rule that does nothing doubled the bytes promoted to the old generation and cost 15-25 % of lint time.
//
// The engine's processes (CLI, language server, workspace check) therefore give every rule context one shared
// prototype, whose getters read the file context the context belongs to. What a rule sees is unchanged: the same
// properties with the same values (own: id, options, report; inherited and enumerable: cwd, filename,
// physicalFilename, sourceCode, languageOptions, settings), frozen, `instanceof` ESLint's FileContext. Nothing is
// changed when the installed ESLint has no such class (another version): it then runs as shipped.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface FileContextClass {
  new (fields: Record<string, unknown>): object;
  prototype: { extend(extension: object): object };
}

const require = createRequire(import.meta.url);
const FILE_CONTEXT = Symbol('consentry.fileContext');
let installed: boolean | undefined;

/** ESLint's FileContext class from the copy of ESLint this package runs, if it has one. */
function eslintFileContextClass(): FileContextClass | undefined {
  try {
    const eslintRoot = dirname(require.resolve('eslint/package.json'));
    const { FileContext } = require(join(eslintRoot, 'lib/linter/file-context.js')) as { FileContext?: FileContextClass };
    return typeof FileContext === 'function' && typeof FileContext.prototype.extend === 'function' ? FileContext : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Make ESLint build rule contexts on one shared prototype (see the top of this file). Idempotent; true when ESLint
 * now does, false when this ESLint has no FileContext to adjust.
 */
export function shareRuleContextPrototype(): boolean {
  if (installed !== undefined) return installed;
  const FileContext = eslintFileContextClass();
  if (!FileContext) return (installed = false);
  // The file context's fields, read from an instance: whatever this ESLint version puts on it.
  const fields = Object.keys(new FileContext({}));
  const shared = Object.create(FileContext.prototype) as object;
  for (const field of fields) {
    Object.defineProperty(shared, field, {
      enumerable: true,
      get(this: Record<symbol, Record<string, unknown>>) {
        return this[FILE_CONTEXT]![field];
      },
    });
  }
  Object.freeze(shared);
  Object.defineProperty(FileContext.prototype, 'extend', {
    configurable: true,
    writable: true,
    value: function extend(this: object, extension: object): object {
      const context = Object.create(shared) as Record<symbol, unknown>;
      Object.defineProperty(context, FILE_CONTEXT, { value: this });
      return Object.freeze(Object.assign(context, extension));
    },
  });
  return (installed = true);
}
