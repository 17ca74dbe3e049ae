// Facts about one linted file, worked out once and shared by the rules, kept as long as ESLint keeps the file.
//
// Keyed by the file's SourceCode, never by its AST or one of its nodes. The facts hold AST nodes, and from any node
// every other is reachable (`parent`); a WeakMap entry whose value reaches its own key survives V8's young-generation
// collections, which do not trace such cycles (only a full collection does). Keyed by a node, one cache kept each
// file's whole AST alive after its lint: copied and promoted by the next young collection, and then garbage in the
// old generation until a full one, which in an editor landed in the middle of a later keystroke's lint.
// Nothing in a cached value may hold the SourceCode itself (or a rule context), or the same cycle comes back.

/** The one thing every cache here is keyed by: ESLint's SourceCode (any object the AST does not reach). */
type FileKey = object;

export class FileCache<V> {
  readonly #byFile = new WeakMap<FileKey, V>();

  /** The file's value, computed on first use. */
  get(sourceCode: FileKey, compute: () => V): V {
    let value = this.#byFile.get(sourceCode);
    if (value === undefined) {
      value = compute();
      this.#byFile.set(sourceCode, value);
    }
    return value;
  }
}
