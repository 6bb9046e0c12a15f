// The handlebars types declare the syntax tree as the global namespace hbs.AST.
import type {} from 'handlebars';
import { closest } from '../model/suggest.js';

/** The helpers that print a value, with how many values each takes; each escapes it or accepts only what socialplan built. */
export const PRINTING_HELPERS = { md: 1, heading: 1, mdcode: 1, code: 1, block: 1, link: 2, plural: 2 } as const;
const PRINTING = Object.keys(PRINTING_HELPERS);
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

  const helperCall = (node: hbs.AST.MustacheStatement | hbs.AST.SubExpression, what: string): void => {
    const name = nameOf(node.path);
    const takes = (PRINTING_HELPERS as Record<string, number>)[name];
    if (takes === undefined) {
      const hint = what === 'prints a value' && node.params.length === 0 && node.path.type === 'PathExpression' ? `; write {{md ${name}}}` : '';
      report(node, `${what} without escaping it (use ${PRINTING.map((h) => `{{${h} ...}}`).join(', ')})${hint}`);
    } else if (node.params.length !== takes || (node.hash?.pairs.length ?? 0) > 0) {
      report(node, `${name} takes ${takes === 1 ? 'one value' : `${takes} values`}, here ${node.params.length}`);
    }
    values(node.params);
  };
  const values = (params: readonly hbs.AST.Expression[]): void => {
    for (const param of params) if (param.type === 'SubExpression') helperCall(param as hbs.AST.SubExpression, 'calls a helper');
  };

  const visit = (node: Node | undefined | null): void => {
    if (!node) return;
    switch (node.type) {
      case 'Program':
        for (const statement of (node as hbs.AST.Program).body) visit(statement);
        return;
      case 'ContentStatement':
      case 'CommentStatement':
        return;
      case 'MustacheStatement':
        helperCall(node as hbs.AST.MustacheStatement, 'prints a value');
        return;
      case 'BlockStatement': {
        const b = node as hbs.AST.BlockStatement;
        const name = nameOf(b.path);
        if (!(BLOCK_HELPERS as readonly string[]).includes(name)) {
          const suggestion = closest(name, [...BLOCK_HELPERS]);
          report(b, `{{#${name}}} is not a block this renderer knows${suggestion ? `; did you mean {{#${suggestion}}}?` : ''} (blocks: ${BLOCK_HELPERS.join(', ')})`);
        } else if (b.params.length !== 1) {
          report(b, `{{#${name}}} takes one value, here ${b.params.length}`);
        }
        values(b.params);
        visit(b.program);
        visit(b.inverse);
        return;
      }
      case 'PartialStatement': {
        const p = node as hbs.AST.PartialStatement;
        const name = nameOf(p.name);
        if (!partials.includes(name)) {
          const suggestion = closest(name, [...partials]);
          report(p, `there is no partial "${name}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (partials: ${partials.join(', ')})`);
        }
        values(p.params);
        return;
      }
      default:
        // Partial blocks, decorators and raw blocks: nothing a briefing needs, and each a way around the checks.
        report(node, `${node.type.replace(/Statement$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} is not allowed in a briefing template`);
    }
  };
  visit(program);
  return problems;
}
