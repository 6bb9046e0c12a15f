import { createRequire } from 'node:module';
import type { RE2JS } from 're2js';

/**
 * A regular expression from a checklist, which may have been written by anyone who can open a pull request.
 * JavaScript's own engine backtracks: `^(a+)+$` on a name of forty letters runs for minutes. These patterns
 * run on RE2 (re2js), whose matching time grows with the text alone, whatever the pattern. RE2 leaves out
 * what cannot be matched that way (backreferences, lookaround), and a pattern using it is refused when the
 * checklist is read, with the reason.
 */

type Re2js = typeof import('re2js');

// Loaded on the first pattern: the built-in checklists have none, so most runs never need it.
let loaded: Re2js | undefined;
function re2js(): Re2js {
  return (loaded ??= createRequire(import.meta.url)('re2js') as Re2js);
}

/** Longer than any pattern a rule needs; a checklist is data a reviewer should be able to read. */
export const MAX_PATTERN_LENGTH = 1000;

const compiled = new Map<string, RE2JS>();

/** What RE2 leaves out, in the user's words: the constructs behind most of its syntax errors. */
function leftOut(source: string): string | undefined {
  if (/\(\?<?[=!]/.test(source)) return 'lookahead or lookbehind ((?=, (?!, (?<=, (?<!)';
  if (/\\[1-9]|\\k</.test(source)) return 'a backreference (\\1, \\k<name>)';
  if (/\(\?>/.test(source)) return 'an atomic group ((?>...))';
  if (/[*+?}]\+/.test(source)) return 'a possessive quantifier (a++, a*+)';
  return undefined;
}

/** Why a pattern cannot be used, or undefined when it compiles. */
export function patternProblem(source: string): string | undefined {
  if (source.length > MAX_PATTERN_LENGTH) return `is longer than ${MAX_PATTERN_LENGTH} characters`;
  try {
    compile(source);
    return undefined;
  } catch (error) {
    const construct = leftOut(source);
    if (construct) return `uses ${construct}, which cannot be matched in linear time; checklist patterns use RE2 syntax, which leaves it out so that no pattern can hang a check`;
    return `is not a regular expression in RE2 syntax (${(error as Error).message.replace(/^error parsing regexp: /, '')})`;
  }
}

function compile(source: string): RE2JS {
  let pattern = compiled.get(source);
  if (!pattern) compiled.set(source, (pattern = re2js().RE2JS.compile(source)));
  return pattern;
}

/** Whether the pattern matches anywhere in the text, as RegExp.prototype.test does. */
export function matches(source: string, text: string): boolean {
  return compile(source).test(text);
}
