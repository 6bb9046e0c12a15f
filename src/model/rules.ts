/**
 * The well-formedness rules: what `check` reports before any checklist runs. Data, so the rule
 * reference (docs/rules.md) is generated from it and a test fails when either drifts.
 */
export interface RuleMeta {
  id: string;
  summary: string;
  fix: string;
  /** How it is reported; error unless said otherwise. */
  severity?: 'error' | 'warning' | 'info';
}

export const WELL_FORMEDNESS_RULES: readonly RuleMeta[] = [
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
];
