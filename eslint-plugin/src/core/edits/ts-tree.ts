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

/** The object literal an expression evaluates to, following calls' first argument, arrows and same-file consts. */
function configObject(expression: TS.Expression, sf: TS.SourceFile, depth = 0): TS.ObjectLiteralExpression | undefined {
  const t = ts();
  if (depth > 5) return undefined;
  const expr = unwrap(expression);
  if (t.isObjectLiteralExpression(expr)) return expr;
  if (t.isCallExpression(expr) && expr.arguments[0]) return configObject(expr.arguments[0], sf, depth + 1);
  if (t.isArrowFunction(expr) || t.isFunctionExpression(expr)) {
    if (t.isBlock(expr.body)) {
      const returned = [...expr.body.statements].reverse().find(t.isReturnStatement);
      return returned?.expression ? configObject(returned.expression, sf, depth + 1) : undefined;
    }
    return configObject(expr.body, sf, depth + 1);
  }
  if (t.isIdentifier(expr)) {
    for (const statement of sf.statements) {
      if (t.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (t.isIdentifier(declaration.name) && declaration.name.text === expr.text && declaration.initializer) {
            return configObject(declaration.initializer, sf, depth + 1);
          }
        }
      }
      if (t.isFunctionDeclaration(statement) && statement.name?.text === expr.text && statement.body) {
        const returned = [...statement.body.statements].reverse().find(t.isReturnStatement);
        return returned?.expression ? configObject(returned.expression, sf, depth + 1) : undefined;
      }
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
  for (const statement of sf.statements) {
    if (t.isExportAssignment(statement)) exported = statement.expression;
    else if (t.isFunctionDeclaration(statement) && statement.modifiers?.some((m) => m.kind === t.SyntaxKind.DefaultKeyword) && statement.body) {
      const returned = [...statement.body.statements].reverse().find(t.isReturnStatement);
      exported = returned?.expression;
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
  const object = exported && configObject(exported, sf);
  if (!object) return undefined;
  const tree = convert(object, sf);
  return tree.kind === 'object' ? tree : undefined;
}
