import { createRequire } from 'node:module';
import { evidencePattern, fieldsReadBy } from '../checks/engine/reads.js';
import { parsePath } from '../checks/engine/path.js';
import { ruleConcerns } from '../checks/engine/concerns.js';
import type { Rule } from '../checks/engine/rule.js';
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
  return all.filter((r) => ruleConcerns(r, stakeholder));
}

/** The path patterns a stakeholder signs, such as `$.initiatives[*].personalData.dpia.status`. */
export function signedFields(rules: readonly Rule[]): string[] {
  return fieldsReadBy(rules).filter((p) => !NOT_SIGNED.some((n) => p === n || p.startsWith(`${n}.`) || p.startsWith(`${n}[`)));
}

/**
 * The evidence next to the fields a stakeholder signs (`records.evidence.wormStorage`): what backs an answer is
 * part of what they read in their brief, so changing it makes their sign-off stale. Only the evidence that is
 * written counts, so a strategy that records none signs exactly what it signed before evidence existed.
 */
export function signedEvidence(rules: readonly Rule[]): string[] {
  const fields = signedFields(rules);
  return [...new Set(fields.map(evidencePattern).filter((p): p is string => p !== undefined))].filter((p) => !fields.includes(p));
}

/** Every pattern a change can touch and so stale a sign-off: the fields signed and the evidence next to them. */
export function signedPatterns(rules: readonly Rule[]): string[] {
  return [...signedFields(rules), ...signedEvidence(rules)];
}

/** True when a projection holds no value at all: undefined, or a list or mapping of nothing but such. */
function empty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.every(empty);
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).every(empty);
  return false;
}

/** The values a path pattern reaches; keyed lists become mappings by their key, so reordering a list changes nothing. */
function project(value: unknown, segments: readonly (string | number)[], at = 0): unknown {
  if (value === undefined || value === null) return value ?? undefined;
  if (at === segments.length) return byKey(value);
  const head = segments[at]!;
  if (head === '*') {
    if (!Array.isArray(value)) return undefined;
    const key = keyOf(value);
    if (key) return Object.fromEntries(value.map((v) => [itemName(key, (v as Record<string, unknown>)[key]), project(v, segments, at + 1)]));
    return value.map((v) => project(v, segments, at + 1));
  }
  if (typeof value !== 'object' || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, head) ? project((value as Record<string, unknown>)[head as string], segments, at + 1) : undefined;
}

/** JSON with keys sorted at every level and undefined left out: the same data always gives the same text. */
export function canonical(value: unknown): string {
  // Written into one list of parts: joining the text of every item at every level took a third of a
  // diff of two 50,000-initiative strategies.
  const parts: string[] = [];
  write(value, parts);
  return parts.join('');
}

function write(value: unknown, out: string[]): void {
  if (value === undefined) return void out.push('null');
  if (value === null || typeof value !== 'object') return void out.push(JSON.stringify(value));
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',');
      write(value[i], out);
    }
    return void out.push(']');
  }
  const record = value as Record<string, unknown>;
  // sort() orders strings by UTF-16 code units, as < does.
  const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort();
  out.push('{');
  keys.forEach((k, i) => {
    if (i > 0) out.push(',');
    out.push(JSON.stringify(k), ':');
    write(record[k], out);
  });
  out.push('}');
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
  const fields = signedFields(rules).map((p) => [p, project(content, parsePath(p).segments)] as const);
  const evidence = signedEvidence(rules)
    .map((p) => [p, project(content, parsePath(p).segments)] as const)
    .filter(([, value]) => !empty(value));
  return Object.fromEntries([...fields, ...evidence]);
}

// The canonical JSON of what each field pattern reaches, once per strategy: the checklists share many
// fields (every initiative's stage), and diff takes a digest of two strategies for each stakeholder.
const projections = new WeakMap<Strategy, Map<string, string | undefined>>();

function projected(strategy: Strategy, pattern: string, evidence = false): string | undefined {
  let known = projections.get(strategy);
  if (!known) projections.set(strategy, (known = new Map()));
  if (known.has(pattern)) return known.get(pattern);
  const value = project(unsigned(strategy), parsePath(pattern).segments);
  const text = value === undefined || (evidence && empty(value)) ? undefined : canonical(value);
  known.set(pattern, text);
  return text;
}

/** The digest of canonical(signedContent(strategy, rules)), made of each field's canonical JSON. */
export function digest(strategy: Strategy, rules: readonly Rule[]): string {
  const evidence = new Set(signedEvidence(rules));
  const parts: string[] = [];
  for (const pattern of [...new Set([...signedFields(rules), ...evidence])].sort()) {
    const text = projected(strategy, pattern, evidence.has(pattern));
    if (text !== undefined) parts.push(`${JSON.stringify(pattern)}:${text}`);
  }
  return `sha256:${crypto().createHash('sha256').update(`{${parts.join(',')}}`).digest('hex')}`;
}
