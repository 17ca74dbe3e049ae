// A rule context whose report goes through a wrapper (translated data, captured data), for wrappers around a rule.
//
// Not Object.create(context): a per-file object used as a prototype gets V8 maps of its own, maps live in the old
// generation until the next full GC, and through their prototype link they keep the file's whole SourceCode (AST,
// tokens, scopes) alive across every young-generation GC in between. On the bench corpus that retention alone
// doubled the bytes promoted to the old generation. A plain frozen copy of the context's properties shares its maps
// across files and dies with the file.

/** The enumerable keys an object inherits, per prototype (for...in over a prototype chain is slow; this runs per rule per file). */
const inheritedKeysByPrototype = new WeakMap<object, string[]>();

function inheritedKeys(context: object): string[] {
  const prototype = Object.getPrototypeOf(context) as object | null;
  if (!prototype) return [];
  let keys = inheritedKeysByPrototype.get(prototype);
  if (!keys) {
    keys = [];
    for (const key in prototype) keys.push(key);
    inheritedKeysByPrototype.set(prototype, keys);
  }
  return keys;
}

/**
 * A frozen copy of `context` (every enumerable property, its own and those it inherits from ESLint's file context)
 * with `report` in place of the context's own.
 */
export function contextWithReport<Context extends object, Report extends (...args: never[]) => void>(context: Context, report: Report): Context {
  const source = context as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  // Inherited first, own after: an own property wins over an inherited one of the same name, as in the context.
  for (const key of inheritedKeys(context)) copy[key] = source[key];
  for (const key of Object.keys(context)) copy[key] = source[key];
  copy.report = report;
  return Object.freeze(copy) as Context;
}
