import { createRequire } from 'node:module';
import { fieldsReadBy } from '../checks/reads.js';
import { parsePath } from '../checks/path.js';
import type { Rule } from '../checks/rule.js';
import type { Strategy } from '../model/schema/strategy.js';
import { byKey, itemName, keyOf } from './keys.js';

// node:crypto is loaded when a digest is first taken: most checks judge no sign-off, and loading it costs 5 ms.
let loadedCrypto: typeof import('node:crypto') | undefined;
function crypto(): typeof import('node:crypto') {
  return (loadedCrypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'));
}

/**
 * What a stakeholder signs: exactly the parts of the strategy their checklist reads, and a digest of
 * them. A change anywhere else (another stakeholder's fields, a typo in a business need) leaves the
 * digest, and so the sign-off, as it was.
 */

/** Never part of what is signed: the sign-offs themselves and the bookkeeping of versions. */
const NOT_SIGNED = ['$.signoffs', '$.metadata.version', '$.metadata.history', '$.metadata.status'];

/** A stakeholder's rules, enabled or not: their checklist's, and the conflicts they are a side of. */
export function rulesFor(all: readonly Rule[], stakeholder: string): Rule[] {
  return all.filter((r) => r.stakeholder === stakeholder || (r.between ?? []).includes(stakeholder));
}

/** The path patterns a stakeholder signs, such as `$.initiatives[*].personalData.dpia.status`. */
export function signedFields(rules: readonly Rule[]): string[] {
  return fieldsReadBy(rules).filter((p) => !NOT_SIGNED.some((n) => p === n || p.startsWith(`${n}.`) || p.startsWith(`${n}[`)));
}

/** The values a path pattern reaches; keyed lists become mappings by their key, so reordering a list changes nothing. */
function project(value: unknown, segments: readonly (string | number)[]): unknown {
  if (value === undefined || value === null) return value ?? undefined;
  if (segments.length === 0) return byKey(value);
  const [head, ...rest] = segments;
  if (head === '*') {
    if (!Array.isArray(value)) return undefined;
    const key = keyOf(value);
    if (key) return Object.fromEntries(value.map((v) => [itemName(key, (v as Record<string, unknown>)[key]), project(v, rest)]));
    return value.map((v) => project(v, rest));
  }
  if (typeof value !== 'object' || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, head!) ? project((value as Record<string, unknown>)[head as string], rest) : undefined;
}

/** JSON with keys sorted at every level and undefined left out: the same data always gives the same text. */
export function canonical(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/** The strategy without what is never signed, even by a rule that reads `metadata` or `$` whole. */
function unsigned(strategy: Strategy): unknown {
  const { signoffs: _signoffs, ...rest } = strategy;
  const { version: _version, history: _history, status: _status, ...metadata } = strategy.metadata;
  return { ...rest, metadata };
}

/** What a stakeholder reads, field pattern by field pattern. */
export function signedContent(strategy: Strategy, rules: readonly Rule[]): Record<string, unknown> {
  const content = unsigned(strategy);
  return Object.fromEntries(signedFields(rules).map((p) => [p, project(content, parsePath(p).segments)]));
}

export function digest(strategy: Strategy, rules: readonly Rule[]): string {
  return `sha256:${crypto().createHash('sha256').update(canonical(signedContent(strategy, rules))).digest('hex')}`;
}
