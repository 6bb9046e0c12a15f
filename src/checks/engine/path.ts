import type { PathSegment } from '../../model/diagnostic.js';

/**
 * The small path language rules use. `given` picks the items a rule looks at:
 * `initiatives[*]`, `initiatives[*].kpis[*]`, `platforms[*]`, `governance`, or `$` for the whole
 * strategy. `field` is relative to the item (`personalData.lawfulBasis`) or absolute (`$.governance.crisis`).
 */
export type PathPattern = readonly (string | number | '*')[];

const SEGMENT = /([^.[\]]+)|\[(\*|\d+)\]/g;

const parsed = new Map<string, { absolute: boolean; segments: PathPattern }>();

/** Each rule's paths are read for every item it checks: parsed once per run, and frozen, since callers share the result. */
export function parsePath(expression: string): { absolute: boolean; segments: PathPattern } {
  let known = parsed.get(expression);
  if (!known) parsed.set(expression, (known = Object.freeze(readPath(expression))));
  return known;
}

function readPath(expression: string): { absolute: boolean; segments: PathPattern } {
  const absolute = expression === '$' || expression.startsWith('$.');
  const body = absolute ? expression.slice(2) : expression;
  const segments: (string | number)[] = [];
  for (const match of body.matchAll(SEGMENT)) {
    if (match[1] !== undefined) segments.push(match[1]);
    else segments.push(match[2] === '*' ? '*' : Number(match[2]));
  }
  return { absolute, segments: Object.freeze(segments) };
}

/** Whether an expression is one the parser reads back to the same text: used to validate checklists. */
export function isValidPath(expression: string): boolean {
  if (expression === '$') return true;
  const body = expression.startsWith('$.') ? expression.slice(2) : expression;
  return /^[A-Za-z_][\w-]*(\[(\*|\d+)\])*(\.[A-Za-z_][\w-]*(\[(\*|\d+)\])*)*$/.test(body);
}

function child(value: unknown, key: string | number): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  // Own properties only: a rule must never read through to a prototype.
  return Object.hasOwn(value, key) ? (value as Record<string | number, unknown>)[key] : undefined;
}

export interface Item {
  value: unknown;
  path: PathSegment[];
}

/** Every item a `given` pattern selects, with its path from the root. */
export function select(root: unknown, pattern: PathPattern): Item[] {
  let items: Item[] = [{ value: root, path: [] }];
  for (const segment of pattern) {
    const next: Item[] = [];
    for (const item of items) {
      if (segment === '*') {
        if (Array.isArray(item.value)) item.value.forEach((value, i) => next.push({ value, path: [...item.path, i] }));
      } else {
        const value = child(item.value, segment);
        if (value !== undefined) next.push({ value, path: [...item.path, segment] });
      }
    }
    items = next;
  }
  return items;
}

/** The value at a field path (no wildcards), or undefined where any step is missing. */
export function valueAt(value: unknown, segments: PathPattern): unknown {
  let current = value;
  for (const segment of segments) {
    if (segment === '*') return undefined;
    current = child(current, segment);
    if (current === undefined) return undefined;
  }
  return current;
}
