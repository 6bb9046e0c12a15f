import type * as z from 'zod';

/**
 * Every rule socialplan's own code raises, as data, in the shape ESLint gives a rule's `meta`: an id
 * the compiler checks, a summary and fix for `explain`, docs/rules.md and the SARIF descriptors, and
 * the message each finding carries, by id, with its {{placeholders}}. The checklists' rules are data
 * of their own (src/checks/ruleset/checklists); both meet in `RuleId`, which every finding carries.
 */
export interface RuleMeta {
  id: string;
  summary: string;
  /** The fix as docs/rules.md and `explain` give it. */
  fix: string;
  /** How it is reported; error unless said otherwise. */
  severity?: 'error' | 'warning' | 'info';
  /** The finding's message, with {{placeholders}} filled by `report`; absent where the parser words each one. */
  message?: string;
  /** The fix as the finding gives it, with {{placeholders}}; `fix` when absent. */
  fixHere?: string;
}

/** What `check` reports before any checklist runs: a file that cannot be read, YAML that does not parse, a strategy that breaks the schema. */
export const WELL_FORMEDNESS_RULES = [
  { id: 'file/unreadable', summary: 'The file is missing, is not a regular file (a directory, a named pipe, a device), is larger than the limit, or cannot be read.', fix: 'Check the path and the permissions; SOCIALPLAN_MAX_FILE_MB raises the size limit (32 MB).' },
  { id: 'file/not-text', summary: 'The file holds binary data, or text that is not UTF-8 (UTF-16, UTF-32, a legacy code page).', fix: 'Save the strategy as UTF-8 YAML.' },
  { id: 'file/line-endings', summary: 'A line ends in a carriage return alone (classic Mac OS line endings). YAML 1.2 reads that as a line break but the `yaml` package and many tools do not, so the file would mean different things to each.', fix: 'Save the file with LF (or CRLF) line endings.' },
  { id: 'file/empty', summary: 'The file holds no YAML at all, or only comments.', fix: 'Start from one of the examples in examples/.' },
  { id: 'yaml/syntax', summary: 'The YAML does not parse: an unclosed bracket, a bad indent, a tab used for indentation.', fix: 'Correct the YAML at the position shown; indent with spaces.' },
  { id: 'yaml/duplicate-key', summary: 'A key appears twice in one mapping, or two keys become the same text (`1` and `"1"`); the data would silently keep only one.', fix: 'Remove or rename one of the two.' },
  { id: 'yaml/multiple-documents', summary: 'The file holds several YAML documents separated by `---`.', fix: 'Keep one strategy per file.' },
  { id: 'yaml/too-many-aliases', summary: 'Aliases (`*name`) expand past 100 copies, as a billion-laughs attack does, or an alias stands inside the value its anchor is set on, so the data would hold itself.', fix: 'Write the values out instead of aliasing them.' },
  { id: 'yaml/key-not-text', summary: 'A key is a list, a mapping (`[a]: 1`) or an alias (`*name : 1`); a strategy\'s keys are text.', fix: 'Write the key as text, such as `name:`.' },
  { id: 'yaml/tag', summary: 'A tag (`!!omap`, `!!set`, `!!pairs`, `!!binary`, `!!timestamp`) that makes a value other than text, a number, a list or a mapping.', fix: 'Remove the tag; write dates as text (YYYY-MM-DD).' },
  { id: 'yaml/too-deep', summary: 'The YAML is nested more deeply than any strategy is.', fix: 'Flatten the structure.' },
  { id: 'yaml/warning', summary: 'Something YAML accepts but probably did not mean, such as an unknown tag.', fix: 'Follow the message.', severity: 'warning' },
  { id: 'schema/not-a-mapping', summary: 'The top level is a list or a single value, not a mapping.', fix: 'A strategy is a mapping that starts with `apiVersion: socialplan/v1`.' },
  { id: 'schema/api-version', summary: 'The file is written for a format version this socialplan does not read.', fix: 'Use `apiVersion: socialplan/v1`, or a socialplan that reads the file\'s version.' },
  { id: 'schema/kind', summary: 'The file is not a SocialStrategy (a checklist, say).', fix: 'Use `kind: SocialStrategy`, or pass the file where that kind is expected.' },
  { id: 'schema/required', summary: 'A field the strategy cannot do without is missing.', fix: 'Add the field named in the message.' },
  { id: 'schema/unknown-key', summary: 'A key the format does not define, usually a typo; the message suggests the nearest field.', fix: 'Rename it, or prefix it with `x-` for your organisation\'s own data.' },
  { id: 'schema/type', summary: 'A value of the wrong type: text where a number belongs, `yes` where `true` belongs.', fix: 'Write the type the message names.' },
  { id: 'schema/enum', summary: 'A value outside the allowed list; the message lists them and suggests the nearest.', fix: 'Use one of the listed values.' },
  { id: 'schema/format', summary: 'A date, version, id, e-mail or code that is not written the way the format needs.', fix: 'Dates are YYYY-MM-DD, versions 1.2.3, ids start with a letter.' },
  { id: 'schema/range', summary: 'A number outside its range, an empty text, or a list with too few items.', fix: 'Follow the limit in the message.' },
  { id: 'schema/amount-cents', summary: 'An ROI amount with more than two decimal places: money is kept exactly, to the cent.', fix: 'Write the amount to the cent, such as 1234.56.' },
  { id: 'schema/invalid', summary: 'Any other schema problem.', fix: 'Follow the message.' },
  { id: 'schema/too-many-problems', summary: 'The file has so many schema problems (over a hundred thousand) that only those in the first 1,000 items of each list are listed.', fix: 'Fix the problems listed and check again.' },
  { id: 'reference/unknown-id', summary: 'A reference names an id that is not declared: an IT objective, a platform, a KPI, a criterion.', fix: 'Name a declared id (the message suggests one), or declare it.' },
  { id: 'reference/duplicate-id', summary: 'Two items of one list share an id, so references to it are ambiguous.', fix: 'Give each its own id.' },
] as const satisfies readonly RuleMeta[];

/** How many days before a waiver's expiry `check` warns of it. */
export const EXPIRY_WARNING_DAYS = 30;

/** What the waiver findings mean and say. */
export const WAIVER_RULES = [
  {
    id: 'waiver/expired',
    summary: 'A waiver is past its expiry date: the finding it accepted applies again.',
    fix: 'Fix what the rule asks, or have the approver renew the waiver with a new date.',
    severity: 'error',
    message: 'waiver of {{rule}}{{scope}} expired on {{expires}}; its finding applies again',
    fixHere: 'Fix what {{rule}} asks, or have {{approvedBy}} renew the waiver with a new expiry date.',
  },
  {
    id: 'waiver/expiring',
    summary: `A waiver expires within ${EXPIRY_WARNING_DAYS} days.`,
    fix: 'Fix what the rule asks before then, or have the approver renew it.',
    severity: 'warning',
    message: 'waiver of {{rule}}{{scope}} expires on {{expires}}, in {{daysLeft}}',
    fixHere: 'Fix what {{rule}} asks before then, or have {{approvedBy}} renew the waiver.',
  },
  {
    id: 'waiver/unknown-rule',
    summary: 'A waiver names a rule that no checklist has (a typo, or a rule since renamed).',
    fix: 'Name a rule listed by `socialplan checklists`.',
    severity: 'error',
    message: 'waiver names rule "{{rule}}", which no checklist has{{suggestion}}',
    fixHere: 'Name a rule listed by `socialplan checklists`, or remove the waiver.',
  },
  {
    id: 'waiver/unused',
    summary: 'A waiver accepts no finding any more: what it waived has been fixed.',
    fix: 'Remove the waiver.',
    severity: 'info',
    message: 'waiver of {{rule}}{{scope}} accepts no finding any more and can be removed',
  },
] as const satisfies readonly RuleMeta[];

/** What the sign-off findings mean and say. */
export const SIGNOFF_RULES = [
  {
    id: 'signoff/stale',
    summary: 'A stakeholder’s latest sign-off was given on different content: a field their checklist reads has changed since (an error once the strategy is approved).',
    fix: 'Ask the stakeholder to review the change (`socialplan diff`) and sign again with `socialplan signoff`.',
    severity: 'warning',
    message: '{{stakeholder}} sign-off by {{by}} on {{date}}{{version}} is stale: a field the {{stakeholder}} checklist reads has changed since',
  },
  {
    id: 'signoff/not-owner',
    summary: 'A sign-off is recorded by someone other than the stakeholder’s owner named in the strategy.',
    fix: 'Have the named owner sign, or correct `stakeholders.<stakeholder>.owner` if the owner has changed.',
    severity: 'warning',
    message: '{{stakeholder}} sign-off is by {{by}}, but the strategy names {{owner}} as the {{stakeholder}} owner',
  },
  {
    id: 'signoff/no-digest',
    summary: 'A sign-off carries no digest, so nobody can tell whether it covers the strategy as it is now.',
    fix: 'Record sign-offs with `socialplan signoff`, which adds the digest.',
    severity: 'info',
    message: '{{stakeholder}} sign-off by {{by}} on {{date}} has no digest, so whether it covers the current content is unknown',
  },
  {
    id: 'signoff/not-approved',
    summary: 'The strategy is marked approved, but a core stakeholder’s latest sign-off is a rejection or is stale.',
    fix: 'Set `metadata.status: in-review` until each core stakeholder has approved the current content.',
    severity: 'error',
    message: "the strategy is marked approved, but {{stakeholder}}'s latest sign-off {{why}}",
  },
] as const satisfies readonly RuleMeta[];

/** What the other files `check` and `measure` read can get wrong: a config, an actuals file. */
export const INPUT_RULES = [
  {
    id: 'config/checklist-outside',
    summary: 'socialplan.config.yaml names a checklist outside its repository (or, outside git, its folder): a config arriving in a pull request must not make `check` read files elsewhere.',
    fix: 'Keep the checklist inside the repository, or name it with --checklist on the command line.',
    message: "checklist {{file}} lies outside {{root}}; a config's checklists must be files inside it (--checklist on the command line can name any file)",
  },
  {
    id: 'actuals/invalid-row',
    summary: 'A row of an actuals file (`socialplan measure --actuals`) is not an initiative, a KPI, a date and a number, or the file is not CSV or YAML of kind Actuals.',
    fix: 'Correct the row at the line shown; the columns are initiative,kpi,date,value.',
  },
] as const satisfies readonly RuleMeta[];

/** Every rule a finding can carry besides the checklists' own. */
export const CODE_RULES = [...WELL_FORMEDNESS_RULES, ...INPUT_RULES, ...WAIVER_RULES, ...SIGNOFF_RULES] as const;

type CodeRule = (typeof CODE_RULES)[number];

/** The id of a rule socialplan's code raises: `yaml/syntax`, `waiver/expired` ... a typo is a compile error. */
export type CodeRuleId = CodeRule['id'];

/**
 * The id of a checklist's rule, built-in or an organisation's own: only the checklist schema (or the
 * built-in checklists' definition) makes one, so a finding cannot carry an id no checklist declares.
 */
export type ChecklistRuleId = string & z.$brand<'ChecklistRuleId'>;

/** What every finding carries. */
export type RuleId = CodeRuleId | ChecklistRuleId;

const byId = new Map<string, RuleMeta>(CODE_RULES.map((r) => [r.id, r]));

/** A code rule's metadata by its id. */
export function codeRule(id: CodeRuleId): RuleMeta {
  return byId.get(id)!;
}

/** The {{names}} a message uses, so `report` is told each of them and nothing else. */
type Placeholders<T> = T extends `${string}{{${infer Name}}}${infer Rest}` ? Name | Placeholders<Rest> : never;

type WithMessage = Extract<CodeRule, { message: string }>;
type DataOf<R extends WithMessage> = Record<Placeholders<R['message']> | (R extends { fixHere: string } ? Placeholders<R['fixHere']> : never), string | number>;

const fill = (template: string, data: Record<string, string | number>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(data[name]));

/** A finding's id, message and fix, from its rule's templates: the compiler checks the id and that every placeholder is given. */
export function report<Id extends WithMessage['id']>(id: Id, data: DataOf<Extract<WithMessage, { id: Id }>>): { ruleId: Id; message: string; fix: string } {
  const rule = codeRule(id);
  return { ruleId: id, message: fill(rule.message!, data), fix: fill(rule.fixHere ?? rule.fix, data) };
}
