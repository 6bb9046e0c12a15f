import type { PathSegment } from '../../model/diagnostic.js';
import { FUNCTIONS } from './functions/index.js';
import type { FunctionContext } from './functions/types.js';
import { parsePath, valueAt } from './path.js';
import type { Condition } from './rule.js';

export interface Outcome {
  pass: boolean;
  /** Where a failure points: the field, or as deep as the file goes toward it. */
  path: PathSegment[];
  data: Record<string, string>;
}

const PASS = (path: PathSegment[]): Outcome => ({ pass: true, path, data: {} });

function target(item: unknown, itemPath: PathSegment[], field: string | undefined, context: FunctionContext) {
  if (field === undefined) return { value: item, path: itemPath };
  const { absolute, segments } = parsePath(field);
  const base = absolute ? context.strategy : item;
  return { value: valueAt(base, segments), path: [...(absolute ? [] : itemPath), ...(segments as PathSegment[])] };
}

type Initiative = FunctionContext['strategy']['initiatives'][number];

// The live initiatives using each platform, made once per strategy: searching every initiative for every
// platform is quadratic on a strategy with thousands of each.
const usersByStrategy = new WeakMap<object, Map<string, Initiative[]>>();

function liveUsers(strategy: FunctionContext['strategy']): Map<string, Initiative[]> {
  let users = usersByStrategy.get(strategy);
  if (users) return users;
  users = new Map();
  for (const initiative of strategy.initiatives) {
    if (initiative.stage === 'retired') continue;
    for (const id of new Set(initiative.platforms ?? [])) {
      const list = users.get(id);
      if (list) list.push(initiative);
      else users.set(id, [initiative]);
    }
  }
  usersByStrategy.set(strategy, users);
  return users;
}

/** Evaluate one condition on an item. Pure: the same strategy and as-of date give the same outcome. */
export function evaluate(condition: Condition, item: unknown, itemPath: PathSegment[], context: FunctionContext): Outcome {
  if ('anyOf' in condition) {
    let first: Outcome | undefined;
    for (const c of condition.anyOf) {
      const outcome = evaluate(c, item, itemPath, context);
      if (outcome.pass) return outcome;
      first ??= outcome;
    }
    return first ?? PASS(itemPath);
  }
  if ('allOf' in condition) return evaluateAll(condition.allOf, item, itemPath, context);

  const { value, path } = target(item, itemPath, condition.field, context);
  const name = condition.function;
  if (name === 'usedBySome' || name === 'usedByNone') {
    // A platform's rule that depends on what the initiatives using it do (auto-delete against kept records).
    const id = (item as { id?: unknown } | null)?.id;
    const users = typeof id === 'string' ? (liveUsers(context.strategy).get(id) ?? []) : [];
    const conditions = Array.isArray(condition.value) ? (condition.value as Condition[]) : [condition.value as Condition];
    const some = users.some((initiative) => evaluateAll(conditions, initiative, [], context).pass);
    return { pass: name === 'usedBySome' ? some : !some, path, data: {} };
  }
  if (name === 'some' || name === 'every' || name === 'none') {
    const list = Array.isArray(value) ? value : [];
    const conditions = Array.isArray(condition.value) ? (condition.value as Condition[]) : [condition.value as Condition];
    const meets = (element: unknown, i: number) => evaluateAll(conditions, element, [...path, i], context).pass;
    const pass =
      name === 'some' ? list.some(meets) : name === 'every' ? list.every(meets) : !list.some(meets);
    if (pass || name !== 'every') return { pass, path, data: {} };
    // For `every`, point at the first item that fails.
    const index = list.findIndex((element, i) => !meets(element, i));
    return { pass, path: [...path, index], data: {} };
  }
  const fn = FUNCTIONS[name];
  if (!fn) throw new Error(`unknown rule function ${name}`);
  const failure = fn.check(value, condition.value, context);
  if (!failure) return PASS(path);
  return { pass: false, path: [...path, ...(failure.path ?? [])], data: failure.data ?? {} };
}

export function evaluateAll(conditions: readonly Condition[], item: unknown, itemPath: PathSegment[], context: FunctionContext): Outcome {
  for (const condition of conditions) {
    const outcome = evaluate(condition, item, itemPath, context);
    if (!outcome.pass) return outcome;
  }
  return PASS(itemPath);
}
