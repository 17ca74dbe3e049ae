// The exported config object of a JS/TS config file (Expo app.config.*, Taro app.config.ts) → the edit tree.
// The file is parsed, never run. Recognised: `export default {…}`, `export default defineAppConfig({…})`,
// `module.exports = {…}`, `export default ({ config }) => ({ …config, … })`, and a same-file const holding one.
import { createRequire } from 'node:module';
import type * as TS from 'typescript';
import type { MemberNode, ObjectNode, TreeNode } from './object-tree.js';
import { TARO_CLASS_APP } from '../project/paths.js';

const require = createRequire(import.meta.url);
let tsModule: typeof TS | undefined;
/** TypeScript is loaded on first use only: most processes importing the core never edit a JS config. */
function ts(): typeof TS {
  tsModule ??= require('typescript') as typeof TS;
  return tsModule;
}

function unwrap(node: TS.Expression): TS.Expression {
  const t = ts();
  let current = node;
  for (;;) {
    if (t.isParenthesizedExpression(current) || t.isAsExpression(current) || t.isSatisfiesExpression(current) || t.isTypeAssertionExpression(current)) {
      current = current.expression;
    } else return current;
  }
}

function convert(node: TS.Expression, sf: TS.SourceFile): TreeNode {
  const t = ts();
  const expr = unwrap(node);
  const start = expr.getStart(sf);
  const end = expr.getEnd();
  if (t.isObjectLiteralExpression(expr)) {
    return {
      kind: 'object',
      start,
      end,
      members: expr.properties.map((property): MemberNode => {
        const base = { start: property.getStart(sf), end: property.getEnd() };
        if (t.isPropertyAssignment(property)) {
          const name = property.name;
          if (t.isIdentifier(name)) return { ...base, key: name.text, keyQuote: '', value: convert(property.initializer, sf) };
          if (t.isStringLiteral(name)) {
            const quote = sf.text[name.getStart(sf)] === "'" ? "'" : '"';
            return { ...base, key: name.text, keyQuote: quote, value: convert(property.initializer, sf) };
          }
        }
        return { ...base, key: undefined, keyQuote: '', value: undefined };
      }),
    };
  }
  if (t.isArrayLiteralExpression(expr)) return { kind: 'array', start, end, elements: expr.elements.map((e) => convert(e, sf)) };
  if (t.isStringLiteral(expr) || t.isNoSubstitutionTemplateLiteral(expr)) {
    const ch = sf.text[start];
    return { kind: 'string', start, end, value: expr.text, quote: ch === "'" ? "'" : ch === '`' ? '`' : '"' };
  }
  return { kind: 'other', start, end };
}

/** Whether a parameter or declared name binds `name` (`config`, `{ config }`, `[config]`). */
function bindsName(binding: TS.BindingName, name: string): boolean {
  const t = ts();
  if (t.isIdentifier(binding)) return binding.text === name;
  return binding.elements.some((element) => !t.isOmittedExpression(element) && bindsName(element.name, name));
}

/**
 * The object literal a function returns. A returned name is looked up in the function first: a parameter
 * (`({ config }) => { …; return config; }`) is Expo's input, not a literal here, so nothing is found.
 */
function returnedConfig(fn: TS.SignatureDeclaration & { body?: TS.ConciseBody }, sf: TS.SourceFile, depth: number): TS.ObjectLiteralExpression | undefined {
  const t = ts();
  if (!fn.body) return undefined;
  if (!t.isBlock(fn.body)) return configObject(fn.body, sf, depth + 1);
  const returned = [...fn.body.statements].reverse().find(t.isReturnStatement)?.expression;
  if (!returned) return undefined;
  const value = unwrap(returned);
  if (t.isIdentifier(value)) {
    if (fn.parameters.some((parameter) => bindsName(parameter.name, value.text))) return undefined;
    for (const statement of fn.body.statements) {
      if (!t.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (bindsName(declaration.name, value.text)) {
          return t.isIdentifier(declaration.name) && declaration.initializer ? configObject(declaration.initializer, sf, depth + 1) : undefined;
        }
      }
    }
  }
  return configObject(returned, sf, depth + 1);
}

/** The object literal an expression evaluates to, following calls' first argument, arrows and same-file consts. */
function configObject(expression: TS.Expression, sf: TS.SourceFile, depth = 0): TS.ObjectLiteralExpression | undefined {
  const t = ts();
  if (depth > 5) return undefined;
  const expr = unwrap(expression);
  if (t.isObjectLiteralExpression(expr)) return expr;
  if (t.isCallExpression(expr) && expr.arguments[0]) return configObject(expr.arguments[0], sf, depth + 1);
  if (t.isArrowFunction(expr) || t.isFunctionExpression(expr)) return returnedConfig(expr, sf, depth);
  if (t.isIdentifier(expr)) {
    for (const statement of sf.statements) {
      if (t.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (t.isIdentifier(declaration.name) && declaration.name.text === expr.text && declaration.initializer) {
            return configObject(declaration.initializer, sf, depth + 1);
          }
        }
      }
      if (t.isFunctionDeclaration(statement) && statement.name?.text === expr.text && statement.body) return returnedConfig(statement, sf, depth);
    }
  }
  return undefined;
}

/** The exported config object of a JS/TS module, or undefined when it is not written as a literal. */
export function parseJsConfigObject(text: string, fileName: string): ObjectNode | undefined {
  const t = ts();
  const kind = /\.[cm]?tsx$/.test(fileName) ? t.ScriptKind.TSX : /\.[cm]?ts$/.test(fileName) ? t.ScriptKind.TS : /x$/.test(fileName) ? t.ScriptKind.JSX : t.ScriptKind.JS;
  const sf = t.createSourceFile(fileName, text, t.ScriptTarget.Latest, true, kind);
  let exported: TS.Expression | undefined;
  let exportedFunction: TS.FunctionDeclaration | undefined;
  for (const statement of sf.statements) {
    if (t.isExportAssignment(statement)) exported = statement.expression;
    else if (t.isFunctionDeclaration(statement) && statement.modifiers?.some((m) => m.kind === t.SyntaxKind.DefaultKeyword) && statement.body) {
      exportedFunction = statement;
    } else if (
      t.isExpressionStatement(statement) &&
      t.isBinaryExpression(statement.expression) &&
      statement.expression.operatorToken.kind === t.SyntaxKind.EqualsToken &&
      t.isPropertyAccessExpression(statement.expression.left) &&
      statement.expression.left.getText(sf) === 'module.exports'
    ) {
      exported = statement.expression.right;
    }
  }
  // Taro 1.x / 2.x: `class App extends Component { config = {…} }` in src/app.jsx holds the app config.
  if (!exported && TARO_CLASS_APP.test(fileName.slice(fileName.lastIndexOf('/') + 1))) {
    for (const statement of sf.statements) {
      if (!t.isClassDeclaration(statement)) continue;
      const field = statement.members.find((m) => t.isPropertyDeclaration(m) && t.isIdentifier(m.name) && m.name.text === 'config' && m.initializer);
      if (field && t.isPropertyDeclaration(field)) exported = field.initializer;
    }
  }
  const object = exportedFunction ? returnedConfig(exportedFunction, sf, 0) : exported && configObject(exported, sf);
  if (!object) return undefined;
  const tree = convert(object, sf);
  return tree.kind === 'object' && isClosed(tree, text) ? tree : undefined;
}

/**
 * Whether every object and array ends with its closing brace or bracket. In a file that does not parse (an unsaved
 * buffer mid-edit) TypeScript recovers nodes that are never closed, and an edit placed by their bounds would be wrong.
 */
function isClosed(node: TreeNode | undefined, text: string): boolean {
  if (!node) return true;
  if (node.kind === 'object') return text[node.end - 1] === '}' && node.members.every((member) => isClosed(member.value, text));
  if (node.kind === 'array') return text[node.end - 1] === ']' && node.elements.every((element) => isClosed(element, text));
  return true;
}
