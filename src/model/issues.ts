import type * as z from 'zod';
import type { Finding, PathSegment } from './diagnostic.js';
import { formatPath } from './diagnostic.js';
import { closest } from './suggest.js';
import type { CodeRuleId } from './rules.js';

/** YAML 1.1 read these as booleans; YAML 1.2, which strategy files use, reads them as strings. */
const YAML11_BOOLEANS = /^(y|yes|n|no|on|off)$/i;

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const shown = typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : String(value);
  const article = typeof value === 'number' ? 'a number' : typeof value === 'boolean' ? 'a boolean' : 'a string';
  return `${article} (${shown})`;
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
};

function fieldName(path: readonly PathSegment[]): string {
  return formatPath(path) || 'the document';
}

function quoteList(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

/** A bound as people read it: 1,000,000,000,000,000 (1e15) rather than 1000000000000000. */
function bound(limit: number | bigint): string {
  const n = Number(limit);
  if (!Number.isSafeInteger(n) || Math.abs(n) < 1e6) return String(limit);
  return `${String(n).replace(/\B(?=(\d{3})+$)/g, ',')} (${n.toExponential().replace('e+', 'e')})`;
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, field: string): string {
  const small = issue.code === 'too_small';
  const limit = small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum;
  switch (issue.origin) {
    case 'array':
      return small ? `${field} needs at least ${limit} item${Number(limit) === 1 ? '' : 's'}` : `${field} has more than ${limit} items`;
    case 'string':
      return small
        ? Number(limit) === 1
          ? `${field} must not be empty`
          : `${field} needs at least ${limit} characters`
        : `${field} is longer than ${limit} characters`;
    default:
      return small
        ? `${field} must be ${issue.inclusive ? 'at least' : 'more than'} ${bound(limit)}`
        : `${field} must be ${issue.inclusive ? 'at most' : 'less than'} ${bound(limit)}`;
  }
}

/**
 * When a value matches no branch of a union, the useful error is the one from the branch the user
 * most likely meant: the one with the fewest problems, and among those the one that got deepest.
 */
function likeliestBranch(branches: readonly (readonly z.core.$ZodIssue[])[]): z.core.$ZodIssue | undefined {
  // Loops rather than Math.max(...issues): a branch of a mapping with 200,000 unknown keys has as many issues.
  const deepest = (issues: readonly z.core.$ZodIssue[]): number => issues.reduce((d, i) => Math.max(d, i.path.length), -1);
  let best: readonly z.core.$ZodIssue[] | undefined;
  for (const branch of branches) {
    if (branch.length === 0) continue;
    if (!best || branch.length < best.length || (branch.length === best.length && deepest(branch) > deepest(best))) best = branch;
  }
  return best?.[0];
}

/** One zod issue as a finding in the user's words, with the rule id a formatter and a waiver can name. */
export function findingFromIssue(issue: z.core.$ZodIssue): Finding {
  if (issue.code === 'invalid_union' && !(issue as { discriminator?: string }).discriminator) {
    const inner = likeliestBranch(issue.errors);
    if (inner) return findingFromIssue({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue);
  }
  const path = issue.path as PathSegment[];
  const field = fieldName(path);
  const base = { severity: 'error' as const, path };
  const input = (issue as { input?: unknown }).input;

  // A field that is absent fails as a wrong type or a wrong value; either way the user must add it.
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && input === undefined) {
    return {
      ...base,
      ruleId: 'schema/required',
      message: `missing required field "${String(path.at(-1))}" in ${fieldName(path.slice(0, -1))}`,
    };
  }

  switch (issue.code) {
    case 'custom': {
      const params = (issue.params ?? {}) as { rule?: CodeRuleId; suggestion?: string; key?: string };
      if (params.rule === 'schema/unknown-key') {
        const parent = fieldName(path.slice(0, -1));
        const hint = params.suggestion ? `; did you mean "${params.suggestion}"?` : '';
        return {
          ...base,
          ruleId: 'schema/unknown-key',
          at: 'key',
          message: `unknown key "${params.key}" in ${parent}${hint}`,
          fix: params.suggestion
            ? `Rename it to "${params.suggestion}", or prefix it with "x-" if it is your organisation's own data.`
            : 'Remove it, or prefix it with "x-" if it is your organisation\'s own data.',
        };
      }
      return { ...base, ruleId: params.rule ?? 'schema/invalid', message: `${field}: ${issue.message}` };
    }
    case 'invalid_type': {
      // YAML reads 1e400 and .inf as Infinity and .nan as NaN: numbers, but none that any field holds.
      if (typeof input === 'number' && !Number.isFinite(input)) {
        return { ...base, ruleId: 'schema/range', message: `${field} must be a finite number, not ${String(input)}` };
      }
      const expected = typeNames[issue.expected] ?? issue.expected;
      const yaml11 =
        issue.expected === 'boolean' && typeof input === 'string' && YAML11_BOOLEANS.test(input)
          ? `; YAML 1.2 reads ${input} as text, so write ${/^(y|yes|on)$/i.test(input) ? 'true' : 'false'}`
          : '';
      return { ...base, ruleId: 'schema/type', message: `${field} must be ${expected}, not ${describeValue(input)}${yaml11}` };
    }
    case 'invalid_value': {
      const got = describeValue(input);
      if (issue.values.length === 1) {
        return { ...base, ruleId: 'schema/enum', message: `${field} must be ${quoteList(issue.values)}, not ${got}` };
      }
      const suggestion = typeof input === 'string' ? closest(input, issue.values.map(String)) : undefined;
      return {
        ...base,
        ruleId: 'schema/enum',
        message: `${field} must be one of ${quoteList(issue.values)}, not ${got}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      };
    }
    case 'invalid_union': {
      const union = issue as z.core.$ZodIssueInvalidUnion & { discriminator?: string; options?: unknown[] };
      if (union.discriminator) {
        const value = (input as Record<string, unknown> | undefined)?.[union.discriminator];
        const options = quoteList(union.options ?? []);
        return {
          ...base,
          ruleId: value === undefined ? 'schema/required' : 'schema/enum',
          message:
            value === undefined
              ? `missing required field "${union.discriminator}" in ${fieldName(path.slice(0, -1))} (one of ${options})`
              : `${field} must be one of ${options}, not ${describeValue(value)}`,
        };
      }
      return { ...base, ruleId: 'schema/type', message: `${field} does not match any allowed form` };
    }
    case 'invalid_format': {
      const what =
        issue.format === 'date'
          ? 'a real date written YYYY-MM-DD'
          : issue.format === 'email'
            ? 'an e-mail address'
            : issue.format === 'regex'
              ? issue.message
              : `a valid ${issue.format}`;
      return { ...base, ruleId: 'schema/format', message: `${field} must be ${what}, not ${describeValue(input)}` };
    }
    case 'too_small':
    case 'too_big':
      // A message written in the schema ("choose at least one goal") says it better than the generic one.
      return { ...base, ruleId: 'schema/range', message: /^Too (small|big):/.test(issue.message) ? sizeMessage(issue, field) : `${field}: ${issue.message}` };
    case 'invalid_key': {
      const inner = issue.issues[0];
      const why = inner?.code === 'invalid_format' && inner.format === 'regex' ? `; ${inner.message}` : '';
      return { ...base, ruleId: 'schema/format', at: 'key', message: `${field}: "${String(input)}" is not a valid key${why}` };
    }
    default:
      return { ...base, ruleId: 'schema/invalid', message: `${field}: ${issue.message}` };
  }
}
