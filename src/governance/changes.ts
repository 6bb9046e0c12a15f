import type { Strategy } from '../model/schema/strategy.js';
import { keyOf } from './keys.js';

/**
 * Every change between two strategies, field by field, with list items matched by their id: what
 * `diff` reports, and what a stale sign-off's message names as changed since the stakeholder signed.
 */

export interface Change {
  /** Where, with list items named by their id: initiatives[shift-connect].kpis[shift-fill].target */
  path: string;
  /** The same as a rule reads it: $.initiatives[*].kpis[*].target */
  pattern: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

/** Equal as data: the same JSON. */
export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function walk(before: unknown, after: unknown, path: string, pattern: string, out: Change[]): void {
  if (same(before, after)) return;
  if (before === undefined) return void out.push({ path, pattern, kind: 'added', after });
  if (after === undefined) return void out.push({ path, pattern, kind: 'removed', before });
  if (Array.isArray(before) && Array.isArray(after)) {
    const key = keyOf(before, after);
    if (!key) return void out.push({ path, pattern, kind: 'changed', before, after });
    const index = (list: unknown[]) => new Map(list.map((v) => [String((v as Record<string, unknown>)[key]), v] as const));
    const [a, b] = [index(before), index(after)];
    for (const id of new Set([...a.keys(), ...b.keys()])) walk(a.get(id), b.get(id), `${path}[${id}]`, `${pattern}[*]`, out);
    return;
  }
  const isMap = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (isMap(before) && isMap(after)) {
    const [a, b] = [before as Record<string, unknown>, after as Record<string, unknown>];
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) walk(a[k], b[k], path ? `${path}.${k}` : k, `${pattern}.${k}`, out);
    return;
  }
  out.push({ path, pattern, kind: 'changed', before, after });
}

/** Every change between two strategies, field by field. */
export function changes(before: Strategy, after: Strategy): Change[] {
  const out: Change[] = [];
  walk(before, after, '', '$', out);
  return out;
}

/** Whether a rule that reads `read` reads a change at `changed` (one contains the other). */
export function overlaps(read: string, changed: string): boolean {
  const within = (inner: string, outer: string) => inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
  return within(read, changed) || within(changed, read);
}
