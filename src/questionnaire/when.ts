import { covers } from '../checks/applicability.js';
import type { Context, When } from './types.js';

function answerAt(context: Context, path: string): unknown {
  const [section, key] = path.includes('.') ? (path.split('.') as [string, string]) : [undefined, path];
  if (section === undefined) return context.current[key];
  const value = context.answers[section];
  return Array.isArray(value) ? undefined : (value as Record<string, unknown> | undefined)?.[key];
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Whether a question is asked, given the answers so far. */
export function holds(when: When | undefined, context: Context): boolean {
  if (!when) return true;
  if ('all' in when) return when.all.every((w) => holds(w, context));
  if ('any' in when) return when.any.some((w) => holds(w, context));
  if ('tag' in when) return list(answerAt(context, 'organisation.regulatoryTags')).some((t) => when.tag.includes(t as string));
  if ('jurisdiction' in when) {
    const ours = list(answerAt(context, 'organisation.jurisdictions')) as string[];
    return when.jurisdiction.some((j) => ours.some((s) => covers(j, s)));
  }
  const value = answerAt(context, when.answer);
  if ('equals' in when) return value === when.equals;
  if ('notEquals' in when) return value !== when.notEquals;
  return list(value).some((v) => when.includesAny.includes(v));
}
