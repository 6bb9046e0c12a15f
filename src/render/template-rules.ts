// The handlebars types declare the syntax tree as the global namespace hbs.AST.
import type {} from 'handlebars';
import { closest } from '../model/suggest.js';

/** The helpers that print a value; each escapes it or accepts only what socialplan built. */
export const PRINTING_HELPERS = ['md', 'mdcode', 'code', 'block', 'link', 'plural'] as const;
/** The block helpers a template may use; each fails on a field that does not exist. */
export const BLOCK_HELPERS = ['if', 'unless', 'each', 'with'] as const;

export interface TemplateProblem {
  line: number;
  column: number;
  message: string;
}

type Node = hbs.AST.Node & { loc?: hbs.AST.SourceLocation };

function nameOf(expression: hbs.AST.Expression): string {
  return (expression as hbs.AST.PathExpression).original ?? String((expression as { value?: unknown }).value ?? '');
}

/**
 * What a template may do, checked on Handlebars' own syntax tree before it ever runs: print values
 * only through an escaping helper (a bare `{{name}}` would put a user's `<script>` or `|` straight
 * into the Markdown), use only the four block helpers, and call only partials that exist.
 */
export function templateProblems(program: hbs.AST.Program, source: string, partials: readonly string[]): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const lines = source.split('\n');
  const text = (loc: hbs.AST.SourceLocation) =>
    loc.start.line === loc.end.line ? lines[loc.start.line - 1]!.slice(loc.start.column, loc.end.column) : lines[loc.start.line - 1]!.slice(loc.start.column);
  const report = (node: Node, message: string) => problems.push({ line: node.loc?.start.line ?? 0, column: node.loc?.start.column ?? 0, message: `${node.loc ? `${text(node.loc)}: ` : ''}${message}` });

  const visit = (node: Node | undefined | null): void => {
    if (!node) return;
    switch (node.type) {
      case 'Program':
        for (const statement of (node as hbs.AST.Program).body) visit(statement);
        return;
      case 'MustacheStatement': {
        const m = node as hbs.AST.MustacheStatement;
        const name = nameOf(m.path);
        if (!(PRINTING_HELPERS as readonly string[]).includes(name) || m.params.length === 0) {
          const hint = m.params.length === 0 && !(PRINTING_HELPERS as readonly string[]).includes(name) ? `; write {{md ${name}}}` : '';
          report(m, `prints a value without escaping it (use ${PRINTING_HELPERS.map((h) => `{{${h} ...}}`).join(', ')})${hint}`);
        }
        return;
      }
      case 'BlockStatement': {
        const b = node as hbs.AST.BlockStatement;
        const name = nameOf(b.path);
        if (!(BLOCK_HELPERS as readonly string[]).includes(name)) {
          const suggestion = closest(name, [...BLOCK_HELPERS]);
          report(b, `{{#${name}}} is not a block this renderer knows${suggestion ? `; did you mean {{#${suggestion}}}?` : ''} (blocks: ${BLOCK_HELPERS.join(', ')})`);
        }
        visit(b.program);
        visit(b.inverse);
        return;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement': {
        const p = node as hbs.AST.PartialStatement;
        const name = nameOf(p.name);
        if (!partials.includes(name)) {
          const suggestion = closest(name, [...partials]);
          report(p, `there is no partial "${name}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (partials: ${partials.join(', ')})`);
        }
        return;
      }
      default:
        return;
    }
  };
  visit(program);
  return problems;
}
