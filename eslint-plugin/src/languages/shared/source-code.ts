// SourceCode shared by the config-file languages (XML, .strings, WXML): traversal by visitor keys, parents,
// and `eslint-disable` / `eslint` directives written in the format's own comments.
import { ConfigCommentParser, Directive, TextSourceCodeBase, VisitNodeStep } from '@eslint/plugin-kit';
import type { DirectiveType, FileProblem, RulesConfig, SourceLocation } from '@eslint/core';

export interface SyntaxNode {
  type: string;
  range: [number, number];
  loc: SourceLocation;
}

export interface CommentNode extends SyntaxNode {
  /** The comment's text without its delimiters. */
  value: string;
}

const commentParser = new ConfigCommentParser();
const INLINE_CONFIG = /^\s*eslint(?:-enable|-disable(?:(?:-next)?-line)?)?(?:\s|$)/u;

export class ConfigSourceCode<Root extends SyntaxNode> extends TextSourceCodeBase<{
  LangOptions: Record<string, unknown>;
  RootNode: Root;
  SyntaxElementWithLoc: SyntaxNode;
  ConfigNode: CommentNode;
}> {
  readonly comments: readonly CommentNode[];
  readonly visitorKeys: Record<string, string[]>;
  #steps: VisitNodeStep[] | undefined;
  #parents = new WeakMap<SyntaxNode, SyntaxNode>();
  #inlineConfigNodes: CommentNode[] | undefined;

  constructor(options: { text: string; ast: Root; comments: readonly CommentNode[]; visitorKeys: Record<string, string[]> }) {
    super({ text: options.text, ast: options.ast, lineEndingPattern: /\r\n|[\r\n]/u });
    this.comments = options.comments;
    this.visitorKeys = options.visitorKeys;
  }

  override getParent(node: SyntaxNode): SyntaxNode | undefined {
    if (!this.#steps) this.traverse();
    return this.#parents.get(node);
  }

  /** Depth-first enter/exit steps; the AST is immutable, so they are computed once. */
  override traverse(): Iterable<VisitNodeStep> {
    if (this.#steps) return this.#steps;
    const steps: VisitNodeStep[] = [];
    const visit = (node: SyntaxNode, parent: SyntaxNode | undefined) => {
      if (parent) this.#parents.set(node, parent);
      steps.push(new VisitNodeStep({ target: node, phase: 1, args: [node, parent] }));
      for (const key of this.visitorKeys[node.type] ?? []) {
        const child = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(child)) {
          for (const item of child) if (item && typeof item === 'object') visit(item as SyntaxNode, node);
        } else if (child && typeof child === 'object') {
          visit(child as SyntaxNode, node);
        }
      }
      steps.push(new VisitNodeStep({ target: node, phase: 2, args: [node, parent] }));
    };
    visit(this.ast, undefined);
    this.#steps = steps;
    return steps;
  }

  getInlineConfigNodes(): CommentNode[] {
    this.#inlineConfigNodes ??= this.comments.filter((comment) => INLINE_CONFIG.test(comment.value));
    return this.#inlineConfigNodes;
  }

  getDisableDirectives(): { problems: FileProblem[]; directives: Directive[] } {
    const problems: FileProblem[] = [];
    const directives: Directive[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const { label, value, justification } = commentParser.parseDirective(comment.value) ?? {};
      if (!label) continue;
      if (label === 'eslint-disable-line' && comment.loc.start.line !== comment.loc.end.line) {
        problems.push({ ruleId: null, message: `${label} comment should not span multiple lines.`, loc: comment.loc });
        continue;
      }
      if (label === 'eslint-disable' || label === 'eslint-enable' || label === 'eslint-disable-next-line' || label === 'eslint-disable-line') {
        directives.push(
          new Directive({ type: label.slice('eslint-'.length) as DirectiveType, node: comment, value: value ?? '', justification: justification ?? '' }),
        );
      }
    }
    return { problems, directives };
  }

  applyInlineConfig(): { problems: FileProblem[]; configs: { config: { rules: RulesConfig }; loc: SourceLocation }[] } {
    const problems: FileProblem[] = [];
    const configs: { config: { rules: RulesConfig }; loc: SourceLocation }[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const { label, value } = commentParser.parseDirective(comment.value) ?? {};
      if (label !== 'eslint') continue;
      const parsed = commentParser.parseJSONLikeConfig(value ?? '');
      if (parsed.ok) configs.push({ config: { rules: parsed.config }, loc: comment.loc });
      else problems.push({ ruleId: null, message: parsed.error.message, loc: comment.loc });
    }
    return { problems, configs };
  }
}
