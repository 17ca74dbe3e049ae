// Static reading of JS/TS config modules (Expo app.config.*, Taro app.config.*, capacitor.config.ts). The file is
// parsed with the `typescript` package and NEVER executed: only literal values are read. Calls, env lookups and
// imports become `unknown` nodes, so callers can stay silent instead of guessing.
//
// Recognised shapes: `export default {…}`, `export default defineAppConfig({…})` (any wrapper call),
// `module.exports = {…}`, `export default ({ config }) => ({ ...config, ios: {…} })` (and a block body returning an
// object), and identifiers bound to same-module `const` literals (`const ios = {…}; export default { ios }`).
import { createRequire } from 'node:module';
import type * as TS from 'typescript';
import type { ConfigProblem } from '../types.js';
import type { ConfigMember, ConfigNode } from './config-tree.js';
import { LineIndex } from './positions.js';
import { TARO_CLASS_APP } from './paths.js';

let tsModule: typeof TS | undefined;
/** Loaded on first use: most lint runs never meet a JS config file. */
function typescript(): typeof TS {
  tsModule ??= createRequire(import.meta.url)('typescript') as typeof TS;
  return tsModule;
}

export type JsConfigResult =
  | {
      ok: true;
      /** The exported config object; `unknown` when the export is not statically readable. */
      root: ConfigNode;
      /** True when the export is a function of the base config (`({ config }) => …`): app.json still applies. */
      extendsBaseConfig: boolean;
      /** The module imports or requires app.json itself (`{ ...appJson.expo, … }`). */
      readsAppJson: boolean;
      /**
       * JSON modules (as written, relative to this file) whose Expo config this one spreads as its base, section by
       * section (`{ ...require('./app.base.json').expo, android: { ...base.android, package } }`): the app's config
       * is theirs plus this file's. Those spreads leave the object readable; the app builder reads the files.
       */
      baseJsonModules: string[];
    }
  | { ok: false; problem: ConfigProblem };

const READS_APP_JSON = /(?:\brequire\s*\(|\bimport\s*\(|\bfrom)\s*['"`](?:[^'"`]*\/)?app\.json['"`]/;

export function parseJsConfig(file: string, text: string): JsConfigResult {
  const ts = typescript();
  const lines = new LineIndex(text);
  const scriptKind = /\.[cm]?tsx?$/.test(file) ? (/x$/.test(file) ? ts.ScriptKind.TSX : ts.ScriptKind.TS) : /x$/.test(file) ? ts.ScriptKind.JSX : ts.ScriptKind.JS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind);
  // Octal escapes and literals ('\\1', 010) are errors in strict code only: a CommonJS config may use them.
  const sloppy = /\.c?jsx?$/.test(file);
  const diagnostics = ((source as unknown as { parseDiagnostics?: TS.DiagnosticWithLocation[] }).parseDiagnostics ?? []).filter(
    (diagnostic) => !(sloppy && (diagnostic.code === 1487 || diagnostic.code === 1121)),
  );
  if (diagnostics.length > 0) {
    const first = diagnostics[0];
    const message = ts.flattenDiagnosticMessageText(first.messageText, ' ');
    return { ok: false, problem: { file, message: `Cannot parse ${baseName(file)}: ${message}`, range: lines.range(first.start, first.start + first.length) } };
  }
  const reader = new StaticReader(ts, source, lines);
  return reader.read();
}

class StaticReader {
  private readonly constants = new Map<string, TS.Expression>();
  /** Default imports (`import zh from './locales/zh.json'`): name → module specifier. */
  private readonly defaultImports = new Map<string, string>();
  private readonly resolving = new Set<string>();
  /** Names bound by the exported function's parameters (`config` in `({ config }) => …`). */
  private readonly baseConfigNames = new Set<string>();
  private readonly baseJsonModules = new Set<string>();
  /** Names whose object is changed after it is written (`expo.plugins = patch(expo.plugins)`, `Object.assign(expo, …)`). */
  private readonly mutated = new Set<string>();
  /**
   * Elements pushed onto a constant array (`plugins.push(['expo-tracking-transparency', {…}])`, Minds' app.config.ts),
   * and whether a push runs only on some condition (then what the array holds is not all known).
   */
  private readonly pushed = new Map<string, Array<{ element: TS.Expression; conditional: boolean }>>();

  constructor(
    private readonly ts: typeof TS,
    private readonly source: TS.SourceFile,
    private readonly lines: LineIndex,
  ) {
    for (const statement of source.statements) {
      if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && statement.importClause?.name && !statement.importClause.isTypeOnly) {
        this.defaultImports.set(statement.importClause.name.text, statement.moduleSpecifier.text);
      }
      if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer) this.constants.set(declaration.name.text, declaration.initializer);
      }
    }
  }

  private collectMutations(node: TS.Node): void {
    const ts = this.ts;
    let target: TS.Expression | undefined;
    const assigns = ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
    if (assigns && (ts.isPropertyAccessExpression(node.left) || ts.isElementAccessExpression(node.left))) target = node.left;
    else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'assign' && ts.isIdentifier(node.expression.expression) && node.expression.expression.text === 'Object') target = node.arguments[0];
    else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ts.isIdentifier(node.expression.expression) && ARRAY_MUTATORS.has(node.expression.name.text)) {
      const name = node.expression.expression.text;
      if (this.declaredInEnclosingFunction(node, name)) {
        // another variable of that name, local to a function: not the module's constant
      } else if (node.expression.name.text === 'push') {
        const conditional = this.runsOnCondition(node);
        const pushes = this.pushed.get(name) ?? [];
        pushes.push(...node.arguments.map((element) => ({ element, conditional })));
        this.pushed.set(name, pushes);
      } else {
        this.mutated.add(name);
      }
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ARRAY_MUTATORS.has(node.expression.name.text)) {
      // config.plugins.push(…): the object it reaches is changed in a way not followed.
      target = node.expression.expression;
    }
    while (target && (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target))) target = target.expression;
    if (target && ts.isIdentifier(target)) this.mutated.add(target.text);
    ts.forEachChild(node, (child) => this.collectMutations(child));
  }

  /**
   * Whether the module's top level (or the exported config function, which Expo always calls) reaches `node` only on
   * some condition: an if, a loop, a `&&`, another function.
   */
  private runsOnCondition(node: TS.Node): boolean {
    const ts = this.ts;
    for (let current = node.parent; current && !ts.isSourceFile(current); current = current.parent) {
      if (ts.isBlock(current) || ts.isExpressionStatement(current) || ts.isParenthesizedExpression(current)) continue;
      if (ts.isFunctionLike(current) && this.isExportedFunction(current)) return false;
      return true;
    }
    return false;
  }

  /** `export default (…) => {…}`, `export default function …`, `module.exports = (…) => {…}`. */
  private isExportedFunction(fn: TS.Node): boolean {
    const ts = this.ts;
    if (ts.isFunctionDeclaration(fn)) return !!fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
    const parent = fn.parent;
    if (parent && ts.isExportAssignment(parent)) return true;
    return !!parent && ts.isBinaryExpression(parent) && parent.right === fn && isModuleExports(ts, parent.left);
  }

  /** Whether a function around `node` declares its own variable `name` (so `name.push(…)` is not the module's). */
  private declaredInEnclosingFunction(node: TS.Node, name: string): boolean {
    const ts = this.ts;
    for (let current = node.parent; current && !ts.isSourceFile(current); current = current.parent) {
      if (!ts.isFunctionLike(current)) continue;
      if (current.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === name)) return true;
      const body = (current as { body?: TS.Node }).body;
      if (body && ts.isBlock(body) && body.statements.some((st) => ts.isVariableStatement(st) && st.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name))) return true;
    }
    return false;
  }

  read(): JsConfigResult {
    this.collectMutations(this.source);
    const exported = this.exportedExpression();
    if (!exported) {
      return { ok: true, root: { type: 'unknown', range: this.lines.range(0, 0) }, extendsBaseConfig: false, readsAppJson: false, baseJsonModules: [] };
    }
    const { expression, extendsBaseConfig } = this.unwrapExport(exported);
    const root = this.convert(expression, []);
    return { ok: true, root, extendsBaseConfig, readsAppJson: READS_APP_JSON.test(this.source.text), baseJsonModules: [...this.baseJsonModules] };
  }

  private exportedExpression(): TS.Expression | undefined {
    const ts = this.ts;
    // Taro 1.x / 2.x keep the app config in the App class: `class App extends Component { config = {…} }` in src/app.jsx.
    if (TARO_CLASS_APP.test(baseName(this.source.fileName))) return this.classConfigField();
    let found: TS.Expression | undefined;
    for (const statement of this.source.statements) {
      // `export default …` and `export = …`
      if (ts.isExportAssignment(statement)) found = statement.expression;
      else if (ts.isFunctionDeclaration(statement) && hasModifier(ts, statement, ts.SyntaxKind.ExportKeyword) && hasModifier(ts, statement, ts.SyntaxKind.DefaultKeyword)) {
        found = statement as unknown as TS.Expression;
      } else if (ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression) && statement.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        const target = statement.expression.left;
        if (isModuleExports(ts, target)) found = statement.expression.right;
      }
    }
    return found;
  }

  /** The initialiser of a top-level class's `config` field (`config = {…}` or `config: Config = {…}`). */
  private classConfigField(): TS.Expression | undefined {
    const ts = this.ts;
    for (const statement of this.source.statements) {
      const declaration = ts.isClassDeclaration(statement) ? statement : undefined;
      for (const member of declaration?.members ?? []) {
        if (ts.isPropertyDeclaration(member) && ts.isIdentifier(member.name) && member.name.text === 'config' && member.initializer && !hasModifier(ts, member, ts.SyntaxKind.StaticKeyword)) {
          return member.initializer;
        }
      }
    }
    return undefined;
  }

  /** Peel wrappers: identifiers bound to consts, `defineConfig(…)` calls, functions of the base config. */
  private unwrapExport(start: TS.Expression): { expression: TS.Expression; extendsBaseConfig: boolean } {
    const ts = this.ts;
    let expression = start;
    let extendsBaseConfig = false;
    for (let depth = 0; depth < 8; depth++) {
      expression = this.skipTypeWrappers(expression);
      // A mutated binding is left to convert(), which marks what it holds as not all known.
      if (ts.isIdentifier(expression) && this.constants.has(expression.text) && !this.resolving.has(expression.text) && !this.mutated.has(expression.text)) {
        expression = this.constants.get(expression.text)!;
        continue;
      }
      if (ts.isCallExpression(expression) && expression.arguments.length >= 1 && (ts.isIdentifier(expression.expression) || ts.isPropertyAccessExpression(expression.expression))) {
        // defineAppConfig({...}) / defineConfig({...}): the config is the first argument.
        expression = expression.arguments[0];
        continue;
      }
      if (ts.isArrowFunction(expression) || ts.isFunctionExpression(expression) || ts.isFunctionDeclaration(expression)) {
        const fn = expression as TS.ArrowFunction | TS.FunctionExpression | TS.FunctionDeclaration;
        for (const parameter of fn.parameters) this.collectBindingNames(parameter.name);
        extendsBaseConfig = true;
        const returned = this.returnedExpression(fn);
        if (!returned) return { expression: fn as unknown as TS.Expression, extendsBaseConfig };
        expression = returned;
        continue;
      }
      break;
    }
    return { expression, extendsBaseConfig };
  }

  private collectBindingNames(name: TS.BindingName): void {
    const ts = this.ts;
    if (ts.isIdentifier(name)) this.baseConfigNames.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) this.collectBindingNames(element.name);
  }

  private returnedExpression(fn: TS.ArrowFunction | TS.FunctionExpression | TS.FunctionDeclaration): TS.Expression | undefined {
    const ts = this.ts;
    if (!fn.body) return undefined;
    if (!ts.isBlock(fn.body)) return fn.body;
    // Only a top-level `return <expr>` as the last statement: anything else may depend on control flow.
    const last = fn.body.statements[fn.body.statements.length - 1];
    if (last && ts.isReturnStatement(last) && last.expression) {
      // Local consts declared in the body are readable like module consts.
      for (const statement of fn.body.statements) {
        if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name) && declaration.initializer) this.constants.set(declaration.name.text, declaration.initializer);
        }
      }
      return last.expression;
    }
    return undefined;
  }

  private skipTypeWrappers(expression: TS.Expression): TS.Expression {
    const ts = this.ts;
    let current = expression;
    while (
      ts.isParenthesizedExpression(current) ||
      ts.isAsExpression(current) ||
      ts.isSatisfiesExpression(current) ||
      ts.isNonNullExpression(current) ||
      ts.isTypeAssertionExpression(current)
    ) {
      current = current.expression;
    }
    return current;
  }

  private range(node: TS.Node) {
    return this.lines.range(node.getStart(this.source), node.getEnd());
  }

  /**
   * `location`: the key path of this value from the exported object (undefined inside arrays and other values), to
   * tell a spread of a JSON base config's own section from any other spread.
   */
  private convert(start: TS.Expression, location?: readonly string[]): ConfigNode {
    const ts = this.ts;
    const expression = this.skipTypeWrappers(start);
    const range = this.range(expression);
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return { type: 'string', value: expression.text, range };
    if (ts.isNumericLiteral(expression)) return { type: 'number', value: Number(expression.text), range };
    if (ts.isPrefixUnaryExpression(expression) && expression.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(expression.operand)) {
      return { type: 'number', value: -Number(expression.operand.text), range };
    }
    if (expression.kind === ts.SyntaxKind.TrueKeyword) return { type: 'boolean', value: true, range };
    if (expression.kind === ts.SyntaxKind.FalseKeyword) return { type: 'boolean', value: false, range };
    if (expression.kind === ts.SyntaxKind.NullKeyword) return { type: 'null', value: null, range };
    if (ts.isIdentifier(expression)) {
      const resolved = this.resolveConstant(expression.text, location);
      const module = this.defaultImports.get(expression.text);
      return resolved ?? { type: 'unknown', range, ...(module !== undefined ? { module, path: [] } : {}) };
    }
    // appJson.expo.android: a part of a JSON module's value, still only named (the file is read by whoever needs it).
    if (ts.isPropertyAccessExpression(expression) && ts.isIdentifier(expression.name)) {
      const base = this.convert(expression.expression);
      if (base.type === 'unknown' && base.module !== undefined && base.path) return { type: 'unknown', range, module: base.module, path: [...base.path, expression.name.text] };
      return { type: 'unknown', range };
    }
    // `appJson.expo.plugins ?? []`, `(base.ios || {})`: the module's part when it is there.
    if (
      ts.isBinaryExpression(expression) &&
      (expression.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || expression.operatorToken.kind === ts.SyntaxKind.BarBarToken) &&
      isEmptyLiteral(ts, this.skipTypeWrappers(expression.right))
    ) {
      const left = this.convert(expression.left);
      if (left.type === 'unknown' && left.module !== undefined && left.path) return { ...left, range };
      return { type: 'unknown', range };
    }
    // require('./locales/zh.json'): still unknown as a value (it is never run), but the file it names is known.
    if (
      ts.isCallExpression(expression) &&
      ts.isIdentifier(expression.expression) &&
      expression.expression.text === 'require' &&
      expression.arguments.length === 1 &&
      ts.isStringLiteral(expression.arguments[0])
    ) {
      return { type: 'unknown', range, module: expression.arguments[0].text, path: [] };
    }
    if (ts.isObjectLiteralExpression(expression)) return this.convertObject(expression, location);
    if (ts.isArrayLiteralExpression(expression)) {
      const elements: ConfigNode[] = [];
      let opaque = false;
      for (const element of expression.elements) {
        if (ts.isSpreadElement(element)) {
          const spread = this.convert(element.expression);
          if (spread.type === 'array') {
            elements.push(...spread.elements);
            opaque ||= spread.opaque;
          } else if (!this.isBaseSection(spread, location)) opaque = true;
        } else if (ts.isOmittedExpression(element)) continue;
        else elements.push(this.convert(element));
      }
      return { type: 'array', elements, opaque, range };
    }
    return { type: 'unknown', range };
  }

  private resolveConstant(name: string, location?: readonly string[]): ConfigNode | undefined {
    const initializer = this.constants.get(name);
    if (!initializer || this.resolving.has(name)) return undefined;
    this.resolving.add(name);
    try {
      let value = this.convert(initializer, location);
      const pushed = this.pushed.get(name);
      if (pushed && value.type === 'array') {
        const elements = [...value.elements];
        let opaque = value.opaque;
        for (const { element, conditional } of pushed) {
          opaque ||= conditional;
          const added: ConfigNode[] = [];
          if (this.ts.isSpreadElement(element)) {
            const spread = this.convert(element.expression);
            if (spread.type === 'array') {
              added.push(...spread.elements);
              opaque ||= spread.opaque;
            } else opaque = true;
          } else {
            added.push(this.convert(element));
          }
          for (const node of added) elements.push(conditional && node.type !== 'object' && node.type !== 'array' && node.type !== 'unknown' ? { ...node, conditional: true } : node);
        }
        value = { ...value, elements, opaque };
      }
      // Changed later in code the static reading does not follow: what it holds is not all known.
      return this.mutated.has(name) && (value.type === 'object' || value.type === 'array') ? { ...value, opaque: true } : value;
    } finally {
      this.resolving.delete(name);
    }
  }

  /**
   * Whether a spread at `location` is a JSON module's Expo config section of the same place: `...appJson.expo` in the
   * exported object (or in its `expo`), `...appJson.expo.android` in its `android`, `...appJson` at the top of a
   * config that also writes `expo`. Recorded as a base the app builder reads.
   */
  private isBaseSection(spread: ConfigNode, location: readonly string[] | undefined): boolean {
    if (!location || spread.type !== 'unknown' || spread.module === undefined || !spread.path) return false;
    if (!/^\.\.?\//.test(spread.module) || !spread.module.endsWith('.json')) return false;
    const path = spread.path;
    const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((key, i) => key === b[i]);
    // The exported object is Expo's config itself (`{ ...appJson.expo }`), or wraps it (`{ expo: { ...appJson.expo } }`).
    const matches = same(path, ['expo', ...location]) || ((location.length === 0 || location[0] === 'expo') && same(path, location));
    if (matches) this.baseJsonModules.add(spread.module);
    return matches;
  }

  private convertObject(object: TS.ObjectLiteralExpression, location?: readonly string[]): ConfigNode {
    const ts = this.ts;
    const members: ConfigMember[] = [];
    let opaque = false;
    for (const property of object.properties) {
      if (ts.isSpreadAssignment(property)) {
        const target = this.skipTypeWrappers(property.expression);
        // `...config` of `({ config }) => …` is the static config (app.json), read separately.
        if (ts.isIdentifier(target) && this.baseConfigNames.has(target.text) && !this.constants.has(target.text)) continue;
        if (ts.isPropertyAccessExpression(target) && ts.isIdentifier(target.expression) && this.baseConfigNames.has(target.expression.text)) continue;
        const spread = this.convert(target, location);
        if (spread.type === 'object') {
          members.push(...spread.members);
          opaque ||= spread.opaque;
        } else if (!this.isBaseSection(spread, location)) opaque = true;
        continue;
      }
      const key = this.propertyKey(property.name);
      if (key === undefined) {
        opaque = true;
        continue;
      }
      const keyRange = this.range(property.name!);
      const at = location && [...location, key];
      if (ts.isPropertyAssignment(property)) members.push({ key, keyRange, value: this.convert(property.initializer, at) });
      else if (ts.isShorthandPropertyAssignment(property)) {
        const module = this.defaultImports.get(property.name.text);
        members.push({ key, keyRange, value: this.resolveConstant(property.name.text, at) ?? { type: 'unknown', range: keyRange, ...(module !== undefined ? { module, path: [] } : {}) } });
      } else members.push({ key, keyRange, value: { type: 'unknown', range: this.range(property) } });
    }
    return { type: 'object', members, opaque, range: this.range(object) };
  }

  private propertyKey(name: TS.PropertyName | undefined): string | undefined {
    const ts = this.ts;
    if (!name) return undefined;
    if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
    if (ts.isComputedPropertyName(name)) {
      const inner = this.skipTypeWrappers(name.expression);
      if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) return inner.text;
    }
    return undefined;
  }
}

/** Array methods that change the array in place (`push` is followed; the others leave it not all known). */
const ARRAY_MUTATORS: ReadonlySet<string> = new Set(['push', 'unshift', 'splice', 'pop', 'shift', 'sort', 'reverse', 'fill', 'copyWithin']);

function isEmptyLiteral(ts: typeof TS, node: TS.Expression): boolean {
  return (ts.isArrayLiteralExpression(node) || ts.isObjectLiteralExpression(node)) && (ts.isArrayLiteralExpression(node) ? node.elements : node.properties).length === 0;
}

function hasModifier(ts: typeof TS, node: TS.Node, kind: TS.SyntaxKind): boolean {
  return (ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined)?.some((m) => m.kind === kind) ?? false;
}

function isModuleExports(ts: typeof TS, node: TS.Expression): boolean {
  return (
    ts.isPropertyAccessExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'module' &&
    node.name.text === 'exports'
  );
}

function baseName(file: string): string {
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return slash === -1 ? file : file.slice(slash + 1);
}
