import { parsePath } from './path.js';
import type { Condition, Rule } from './rule.js';

/**
 * The fields of a strategy a rule reads, as absolute path patterns (`initiatives[*].personalData.dpia.status`):
 * the items its `given` selects, every field its `when` and `then` look at, and the facts its
 * `appliesTo` decides on. What a stakeholder's brief shows them, and what their sign-off covers.
 */

function join(base: string, field: string): string {
  if (field === '$') return '$';
  if (field.startsWith('$.')) return field;
  return base === '$' ? `$.${field}` : `${base}.${field}`;
}

function walk(condition: Condition, base: string, out: Set<string>): void {
  if ('anyOf' in condition) return condition.anyOf.forEach((c) => walk(c, base, out));
  if ('allOf' in condition) return condition.allOf.forEach((c) => walk(c, base, out));
  const at = condition.field === undefined ? base : join(base, condition.field);
  const nested = (value: unknown): Condition[] => (Array.isArray(value) ? (value as Condition[]) : [value as Condition]);
  switch (condition.function) {
    case 'some':
    case 'every':
    case 'none':
      out.add(at);
      for (const c of nested(condition.value)) walk(c, `${at}[*]`, out);
      return;
    case 'usedBySome':
    case 'usedByNone':
      // The initiatives that use the platform: their platforms list, and what the conditions read in them.
      out.add('$.initiatives[*].platforms');
      for (const c of nested(condition.value)) walk(c, '$.initiatives[*]', out);
      return;
    case 'hasFields':
      for (const field of condition.value as string[]) out.add(join(at, field));
      return;
    case 'isReferenced':
      out.add(at);
      out.add(condition.value as string);
      return;
    default:
      out.add(at);
  }
}

function list(conditions: Condition | Condition[] | undefined): Condition[] {
  if (conditions === undefined) return [];
  return Array.isArray(conditions) ? conditions : [conditions];
}

/** Absolute path patterns, each starting with `$`, sorted. */
export function fieldsRead(rule: Rule): string[] {
  const given = rule.given === '$' ? '$' : rule.given.startsWith('$.') ? rule.given : `$.${rule.given}`;
  const out = new Set<string>();
  for (const c of [...list(rule.when), ...list(rule.then)]) walk(c, given, out);
  const applies = rule.appliesTo ?? {};
  if (applies.tags || applies.exceptTags || applies.notFor) out.add('$.metadata.regulatoryTags');
  if (applies.jurisdictions) {
    out.add('$.metadata.jurisdictions');
    if (parsePath(given).segments[0] === 'initiatives') out.add('$.initiatives[*].audience.jurisdictions');
  }
  // Which items the engine checks at all: never a retired initiative, and a platform only when a live initiative uses it.
  const root = parsePath(given).segments[0];
  if (root === 'initiatives' || root === 'platforms') out.add('$.initiatives[*].stage');
  if (root === 'platforms') out.add('$.initiatives[*].platforms');
  if (applies.scope) out.add('$.initiatives[*].scope');
  if (applies.stages) out.add('$.initiatives[*].stage');
  if (rule.escalateFor) out.add('$.metadata.regulatoryTags');
  return [...out].sort();
}

/**
 * Where the evidence for a field is kept: `evidence.<field>` next to it (`records.wormStorage` is backed by
 * `records.evidence.wormStorage`). Undefined for a pattern that is a list's items, the root, or evidence itself.
 */
export function evidencePattern(pattern: string): string | undefined {
  const dot = pattern.lastIndexOf('.');
  if (dot < 1 || pattern.includes('.evidence.')) return undefined;
  const leaf = pattern.slice(dot + 1);
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(leaf)) return undefined;
  return `${pattern.slice(0, dot)}.evidence.${leaf}`;
}

/** Every field any of these rules reads, with the most general pattern kept where one covers another. */
export function fieldsReadBy(rules: readonly Rule[]): string[] {
  const all = [...new Set(rules.flatMap(fieldsRead))];
  const covered = (path: string) => all.some((other) => other !== path && (path.startsWith(`${other}.`) || path.startsWith(`${other}[`)));
  return all.filter((p) => !covered(p)).sort();
}
