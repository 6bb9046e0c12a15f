import type { PathSegment } from '../../model/diagnostic.js';
import type { Initiative, Strategy } from '../../model/schema/strategy.js';
import type { Rule } from './rule.js';

const EU_MEMBERS = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');
const EEA_ONLY = ['IS', 'LI', 'NO'];

/**
 * The United Kingdom has two codes in use: GB is its ISO 3166-1 code, UK the one people (and the EU's
 * own lists) write. They are one jurisdiction, with the subdivisions of either (GB-SCT, GB-WLS).
 */
function canonical(jurisdiction: string): string {
  return jurisdiction === 'UK' || jurisdiction.startsWith('UK-') ? `GB${jurisdiction.slice(2)}` : jurisdiction;
}

/** Whether a strategy's jurisdiction falls under a rule's: EU covers its member states, US covers US-CA, UK and GB are one. */
export function covers(ruleJurisdictionAsWritten: string, strategyJurisdictionAsWritten: string): boolean {
  const ruleJurisdiction = canonical(ruleJurisdictionAsWritten);
  const strategyJurisdiction = canonical(strategyJurisdictionAsWritten);
  if (ruleJurisdiction === strategyJurisdiction) return true;
  if (strategyJurisdiction.startsWith(`${ruleJurisdiction}-`)) return true;
  const country = strategyJurisdiction.split('-')[0]!;
  if (ruleJurisdiction === 'EU') return EU_MEMBERS.includes(country);
  if (ruleJurisdiction === 'EEA') return strategyJurisdiction === 'EU' || EU_MEMBERS.includes(country) || EEA_ONLY.includes(country);
  return false;
}

function coversAny(ruleJurisdictions: readonly string[], jurisdictions: readonly string[]): boolean {
  return ruleJurisdictions.some((j) => jurisdictions.some((s) => covers(j, s)));
}

/**
 * The rule's jurisdictions for this strategy: those written, less any whose law does not reach an
 * organisation with the strategy's tags (`notFor`: the CCPA's in US-CA for a public body).
 */
function jurisdictionsFor(rule: Rule, strategy: Strategy): readonly string[] | undefined {
  const { jurisdictions, notFor } = rule.appliesTo ?? {};
  if (!jurisdictions || !notFor) return jurisdictions;
  const tags = strategy.metadata.regulatoryTags ?? [];
  const out = notFor.filter((n) => n.tags.some((tag) => tags.includes(tag))).flatMap((n) => n.jurisdictions);
  return jurisdictions.filter((j) => !out.includes(j));
}

/** Whether the rule applies to the strategy at all (regulatory tags and jurisdictions). */
export function appliesToStrategy(rule: Rule, strategy: Strategy): boolean {
  const { tags, exceptTags } = rule.appliesTo ?? {};
  const jurisdictions = jurisdictionsFor(rule, strategy);
  if (tags && !tags.some((tag) => strategy.metadata.regulatoryTags?.includes(tag))) return false;
  if (exceptTags && exceptTags.some((tag) => strategy.metadata.regulatoryTags?.includes(tag))) return false;
  if (jurisdictions && !coversAny(jurisdictions, strategy.metadata.jurisdictions ?? [])) return false;
  return true;
}

/**
 * The initiatives an item belongs to: itself for an initiative and what lies inside it; for a
 * platform, the initiatives that use it; for anything else, every initiative.
 */
export function initiativesOf(strategy: Strategy, path: readonly PathSegment[]): Initiative[] {
  if (path[0] === 'initiatives' && typeof path[1] === 'number') return [strategy.initiatives[path[1]]!];
  if (path[0] === 'platforms' && typeof path[1] === 'number') {
    const id = strategy.platforms?.[path[1]]?.id;
    return strategy.initiatives.filter((i) => id !== undefined && i.platforms?.includes(id));
  }
  return strategy.initiatives;
}

/**
 * Whether the rule applies to this item: scope and stage, through the initiatives it belongs to.
 * Retired initiatives, and platforms only they (or none) use, are never checked.
 */
export function appliesToItem(rule: Rule, strategy: Strategy, path: readonly PathSegment[]): boolean {
  const { scope, stages } = rule.appliesTo ?? {};
  const jurisdictions = jurisdictionsFor(rule, strategy);
  const live = initiativesOf(strategy, path).filter((i) => i.stage !== 'retired');
  const insideInitiative = path[0] === 'initiatives' && typeof path[1] === 'number';
  // A platform no live initiative uses is a candidate from the evaluation, not a channel: nothing to check yet.
  const platform = path[0] === 'platforms' && typeof path[1] === 'number';
  if ((insideInitiative || platform) && live.length === 0) return false;
  if (!scope && !stages && !(insideInitiative && jurisdictions)) return true;
  return live.some(
    (i) =>
      (!scope || i.scope === scope) &&
      (!stages || stages.includes(i.stage)) &&
      // An initiative whose audience is narrower than the strategy is judged by its own jurisdictions.
      (!insideInitiative || !jurisdictions || !i.audience?.jurisdictions || coversAny(jurisdictions, i.audience.jurisdictions)),
  );
}

/** When a rule applies, in words: "external initiatives, when tagged FIN or RIA, in US, never when tagged GOV or FED". */
export function describeApplicability(rule: Pick<Rule, 'appliesTo'>): string {
  const a = rule.appliesTo ?? {};
  return [
    a.scope ? `${a.scope} initiatives` : 'all initiatives',
    a.stages ? `at stages ${a.stages.join(', ')}` : '',
    a.tags ? `when tagged ${a.tags.join(' or ')}` : '',
    a.jurisdictions ? `in ${a.jurisdictions.join(' or ')}` : '',
    a.exceptTags ? `never when tagged ${a.exceptTags.join(' or ')}` : '',
    ...(a.notFor ?? []).map((n) => `not in ${n.jurisdictions.join(' or ')} when tagged ${n.tags.join(' or ')}`),
  ]
    .filter(Boolean)
    .join(', ');
}
