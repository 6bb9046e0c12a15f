import { covers } from '../checks/engine/applicability.js';
import { archivedFor, initiativesUsing } from './platform-names.js';
import type { Context, When } from './types.js';

function answerAt(context: Context, path: string): unknown {
  const [section, key] = path.includes('.') ? (path.split('.') as [string, string]) : [undefined, path];
  if (section === undefined) return context.current[key];
  const value = context.answers[section];
  return Array.isArray(value) ? undefined : (value as Record<string, unknown> | undefined)?.[key];
}

function initiatives(context: Context): Record<string, unknown>[] {
  const all = context.answers.initiatives;
  return Array.isArray(all) ? (all as Record<string, unknown>[]) : [];
}

/** In the platforms section: the initiatives that use the platform asked about. */
const usersOf = (context: Context) => initiativesUsing(context.answers, context.current.platform);

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
  if ('initiativeScope' in when) return initiatives(context).some((i) => i.scope === when.initiativeScope);
  if ('usedBy' in when) return usersOf(context).some((i) => i.scope === when.usedBy);
  if ('archived' in when) return archivedFor(usersOf(context)) === when.archived;
  const value = answerAt(context, when.answer);
  if ('equals' in when) return value === when.equals;
  if ('notEquals' in when) return value !== when.notEquals;
  return list(value).some((v) => when.includesAny.includes(v));
}
