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
