import { slugify } from './slug.js';

/** A platform's id from its name: "LinkedIn Company Page" -> "linkedin-company-page". */
export function platformId(name: string): string {
  return slugify(name);
}

/** The platforms an initiative's answer names: "LinkedIn Company Page, X" is two, each once. */
export function platformNames(answer: unknown): string[] {
  if (typeof answer !== 'string') return [];
  const names = answer.split(',').map((n) => n.trim()).filter(Boolean);
  return [...new Map(names.map((n) => [platformId(n), n])).values()];
}

/** Every platform an initiative's answers name: those chosen from the ones named before, then any new ones typed. */
export function initiativePlatformNames(answers: { knownPlatforms?: unknown; platform?: unknown }): string[] {
  const chosen = Array.isArray(answers.knownPlatforms) ? answers.knownPlatforms.filter((n): n is string => typeof n === 'string') : [];
  return platformNames([...chosen, ...platformNames(answers.platform)].join(','));
}

/** The initiatives answered so far that use the platform of this name. */
export function initiativesUsing(answers: { initiatives?: unknown }, name: unknown): Record<string, unknown>[] {
  const all = answers.initiatives;
  return (Array.isArray(all) ? (all as Record<string, unknown>[]) : []).filter((i) => initiativePlatformNames(i).includes(name as string));
}

/** Whether an archiver captures a platform for each of these initiatives: named, and capturing by connector, not by screenshots. */
export function archivedFor(users: readonly Record<string, unknown>[]): boolean {
  return users.length > 0 && users.every((i) => typeof i.archiver === 'string' && typeof i.captureMethod === 'string' && !['none', 'screenshots'].includes(i.captureMethod));
}
