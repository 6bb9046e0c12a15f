import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { edit, MINIMAL, ROOT, runCli, tempDir } from '../helpers.js';

const tmp = tempDir();
/** The example an organisation starts from; docs/checklists.md shows the same text. */
const EXAMPLE_CHECKLIST = join(ROOT, 'examples', 'checklists', 'northwind-security.yaml');

interface JsonReport {
  files: { file: string; valid: boolean; diagnostics: Diagnostic[] }[];
  errorCount: number;
  warningCount: number;
  waivedCount: number;
}

function json(args: string[], cwd = tmp.dir): { status: number | null; report: JsonReport; stderr: string } {
  const run = runCli([...args, '--format', 'json'], { cwd });
  expect(run.stderr).toBe('');
  return { status: run.status, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
}

/** The minimal strategy in the UK, so the UK GDPR rules of the privacy checklist apply to it. */
const UK_MINIMAL = edit(
  edit(MINIMAL, '  organization: Example Ltd\n', '  organization: Example Ltd\n  jurisdictions: [GB]\n'),
  '      lawfulBasis: legitimate-interests\n',
  '      lawfulBasis: legitimate-interests\n      lia: LIA-2026-01 Customer care\n',
);

const waiver = (expires: string) =>
  `${UK_MINIMAL}waivers:\n  - { rule: privacy/record-of-processing, initiative: care, reason: Entry being drafted with the DPO., approvedBy: Priya Patel, expires: ${expires} }\n`;

describe('check against the checklists', () => {
  it('--stakeholder privacy narrows the findings to privacy', () => {
    const file = tmp.write('narrow.yaml', UK_MINIMAL);
    const all = json(['check', file, '--as-of', '2026-11-25']).report.files[0]!.diagnostics;
    const privacy = json(['check', file, '--as-of', '2026-11-25', '--stakeholder', 'privacy']).report.files[0]!.diagnostics;
    expect(new Set(all.map((d) => d.stakeholder)).size).toBeGreaterThan(3);
    expect(privacy.length).toBeGreaterThan(0);
    expect(privacy.every((d) => d.stakeholder === 'privacy')).toBe(true);
    expect(privacy).toEqual(all.filter((d) => d.stakeholder === 'privacy'));
  });

  it('exit 1 on findings at the fail severity, 0 below it', () => {
    const file = tmp.write('fail.yaml', UK_MINIMAL);
    // Privacy finds only a warning in the minimal strategy.
    expect(runCli(['check', file, '--stakeholder', 'privacy', '--as-of', '2026-11-25']).status).toBe(0);
    expect(runCli(['check', file, '--stakeholder', 'privacy', '--as-of', '2026-11-25', '--fail-severity', 'warning']).status).toBe(1);
    expect(runCli(['check', file, '--as-of', '2026-11-25']).status).toBe(1);
  });

  it('reports a waived finding as waived, and it no longer fails the check', () => {
    const file = tmp.write('waived.yaml', waiver('2027-03-31'));
    const { status, report } = json(['check', file, '--stakeholder', 'privacy', '--as-of', '2026-11-25', '--fail-severity', 'warning']);
    const finding = report.files[0]!.diagnostics.find((d) => d.ruleId === 'privacy/record-of-processing');
    expect(finding?.waived).toEqual({ reason: 'Entry being drafted with the DPO.', approvedBy: 'Priya Patel', expires: '2027-03-31' });
    expect(report.waivedCount).toBe(1);
    expect(status).toBe(0);
  });

  it('brings the finding back when the waiver has expired, and reports the waiver', () => {
    const text = waiver('2026-10-31');
    const file = tmp.write('expired.yaml', text);
    const { status, report } = json(['check', file, '--stakeholder', 'privacy', '--as-of', '2026-11-25']);
    const diagnostics = report.files[0]!.diagnostics;
    expect(diagnostics.find((d) => d.ruleId === 'privacy/record-of-processing')?.waived).toBeUndefined();
    expect(diagnostics.find((d) => d.ruleId === 'waiver/expired')).toMatchObject({
      severity: 'error',
      line: text.split('\n').length - 1,
      message: 'waiver of privacy/record-of-processing for initiative care expired on 2026-10-31; its finding applies again',
    });
    expect(status).toBe(1);
  });

  it('keeps a waiver in force on its expiry day, and lets it lapse the day after', () => {
    const file = tmp.write('last-day.yaml', waiver('2026-11-25'));
    const onTheDay = json(['check', file, '--stakeholder', 'privacy', '--as-of', '2026-11-25']).report.files[0]!.diagnostics;
    expect(onTheDay.find((d) => d.ruleId === 'privacy/record-of-processing')?.waived).toBeDefined();
    expect(onTheDay.find((d) => d.ruleId === 'waiver/expired')).toBeUndefined();
    expect(onTheDay.find((d) => d.ruleId === 'waiver/expiring')?.message).toMatch(/expires on 2026-11-25, in 0 days/);
    const dayAfter = json(['check', file, '--stakeholder', 'privacy', '--as-of', '2026-11-26']).report.files[0]!.diagnostics;
    expect(dayAfter.find((d) => d.ruleId === 'privacy/record-of-processing')?.waived).toBeUndefined();
    expect(dayAfter.find((d) => d.ruleId === 'waiver/expired')?.message).toMatch(/expired on 2026-11-25/);
  });

  it('warns of a waiver that expires within 30 days, judged as of --as-of', () => {
    const file = tmp.write('expiring.yaml', waiver('2026-12-10'));
    const soon = json(['check', file, '--stakeholder', 'privacy', '--as-of', '2026-11-25']).report.files[0]!.diagnostics;
    expect(soon.find((d) => d.ruleId === 'waiver/expiring')?.message).toMatch(/expires on 2026-12-10, in 15 days/);
    const later = json(['check', file, '--stakeholder', 'privacy', '--as-of', '2026-10-01']).report.files[0]!.diagnostics;
    expect(later.find((d) => d.ruleId === 'waiver/expiring')).toBeUndefined();
  });

  it('reports a waiver of a rule that does not exist, with a suggestion', () => {
    const file = tmp.write('unknown-waiver.yaml', waiver('2027-03-31').replace('privacy/record-of-processing', 'privacy/record-of-processin'));
    const diagnostics = json(['check', file, '--as-of', '2026-11-25']).report.files[0]!.diagnostics;
    expect(diagnostics.find((d) => d.ruleId === 'waiver/unknown-rule')?.message).toMatch(/did you mean "privacy\/record-of-processing"\?/);
  });

  it('ships the checklist docs/checklists.md shows, as examples/checklists/northwind-security.yaml', () => {
    const shown = /```yaml\n([\s\S]*?)```/.exec(readFileSync(join(ROOT, 'docs', 'checklists.md'), 'utf8'))![1]!;
    expect(readFileSync(EXAMPLE_CHECKLIST, 'utf8')).toContain(shown);
  });

  it("adds an organisation's own YAML checklist with --checklist", () => {
    const file = tmp.write('custom.yaml', MINIMAL);
    const without = json(['check', file, '--as-of', '2026-11-25']).report.files[0]!.diagnostics;
    const withIt = json(['check', file, '--as-of', '2026-11-25', '--checklist', EXAMPLE_CHECKLIST]).report.files[0]!.diagnostics;
    expect(without.some((d) => d.ruleId.startsWith('northwind/'))).toBe(false);
    expect(withIt.find((d) => d.ruleId === 'northwind/mfa-everywhere')).toMatchObject({
      severity: 'error',
      stakeholder: 'security',
      message: 'Platform linkedin does not enforce MFA.',
      line: MINIMAL.split('\n').findIndex((l) => l.includes('{ id: linkedin')) + 1,
    });
  });

  it('reads socialplan.config.yaml: severities, rules off, optional checklists and checklist files', () => {
    const dir = tempDir();
    dir.write('checklist.yaml', readFileSync(EXAMPLE_CHECKLIST, 'utf8'));
    dir.write(
      'socialplan.config.yaml',
      'apiVersion: socialplan/v1\nkind: Config\nenable: [security]\nchecklists: [checklist.yaml]\nrules:\n  privacy/record-of-processing: error\n  legal/legal-hold: off\n',
    );
    const file = dir.write('strategy.yaml', UK_MINIMAL);
    const diagnostics = json(['check', file, '--as-of', '2026-11-25'], dir.dir).report.files[0]!.diagnostics;
    expect(diagnostics.find((d) => d.ruleId === 'privacy/record-of-processing')?.severity).toBe('error');
    expect(diagnostics.some((d) => d.ruleId === 'legal/legal-hold')).toBe(false);
    expect(diagnostics.some((d) => d.ruleId === 'northwind/mfa-everywhere')).toBe(true);
    expect(diagnostics.some((d) => d.stakeholder === 'security' && !d.ruleId.startsWith('northwind/'))).toBe(true);
  });

  it('turns a malformed config into a located error, exit 2', () => {
    const dir = tempDir();
    dir.write('socialplan.config.yaml', 'apiVersion: socialplan/v1\nkind: Config\nrules:\n  privacy/record-of-procesing: off\n  legal/legal-hold: sometimes\n');
    const file = dir.write('strategy.yaml', MINIMAL);
    const run = runCli(['check', file], { cwd: dir.dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/socialplan\.config\.yaml:5:21: rules\["legal\/legal-hold"\] must be one of "error", "warning", "info", "off", not a string \("sometimes"\)/);
  });

  it('names an unknown rule in the config with a suggestion, exit 2', () => {
    const dir = tempDir();
    dir.write('socialplan.config.yaml', 'apiVersion: socialplan/v1\nkind: Config\nrules:\n  privacy/record-of-procesing: off\n');
    const run = runCli(['check', dir.write('s.yaml', MINIMAL)], { cwd: dir.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/socialplan\.config\.yaml:4:3: no rule "privacy\/record-of-procesing"; did you mean "privacy\/record-of-processing"\?/);
  });

  it('turns a malformed checklist into a located error, exit 2', () => {
    const bad = tmp.write(
      'bad-checklist.yaml',
      'apiVersion: socialplan/v1\nkind: Checklist\nid: mine\nstakeholder: security\nrules:\n  - id: mine/mfa\n    severity: error\n    given: platforms[*]\n    then: { field: mfa, function: equalz, value: true }\n    message: No MFA.\n',
    );
    const run = runCli(['check', tmp.write('s2.yaml', MINIMAL), '--checklist', bad]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/bad-checklist\.yaml:9:\d+: rules\[0\]\.then\.function must be one of .*"equals"/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    [['--as-of', '2026-02-30'], /--as-of must be a real date written YYYY-MM-DD, not "2026-02-30"/],
    [['--stakeholder', 'privcy'], /no checklist for stakeholder "privcy"; did you mean "privacy"\?/],
    [['--fail-severity', 'fatal'], /argument 'fatal' is invalid/],
    [['--checklist', 'no-such-checklist.yaml'], /no-such-checklist\.yaml: no such file/],
  ])('usage error %j exits 2 with one message', (args, message) => {
    const run = runCli(['check', tmp.write('u.yaml', MINIMAL), ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('--output writes the results to a file and nothing to stdout', () => {
    const out = join(tmp.dir, 'results.json');
    const run = runCli(['check', tmp.write('o.yaml', MINIMAL), '--format', 'json', '--output', out, '--as-of', '2026-11-25']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).files[0].valid).toBe(true);
  });
});

describe('checklists and explain', () => {
  it('lists every stakeholder, with security and hr off', () => {
    const run = runCli(['checklists']);
    expect(run.status).toBe(0);
    for (const name of ['privacy', 'compliance', 'legal', 'records', 'communications']) expect(run.stdout).toMatch(new RegExp(`^\\w+ \\(${name}\\): \\d+ of \\d+ rules on$`, 'm'));
    expect(run.stdout).toMatch(/^Security \(security\): off/m);
    expect(run.stdout).toMatch(/^HR \(hr\): off/m);
    expect(run.stdout).toMatch(/^ {2}privacy\/lawful-basis +error +Every purpose that processes personal data names a lawful basis\. \(all initiatives, in EEA or UK\)$/m);
    expect(run.stdout).toMatch(/^ {2}legal\/nlra-policy-review +warning +.* \(all initiatives, in US, never when tagged GOV or FED\)$/m);
  });

  it('explains a rule with its rationale, reference and fix', () => {
    const run = runCli(['explain', 'privacy/lawful-basis']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^privacy\/lawful-basis \(Privacy, error\)$/m);
    expect(run.stdout).toMatch(/^Reference: GDPR and UK GDPR art\. 6\(1\)$/m);
    expect(run.stdout).toMatch(/^Source: GDPR art\. 6\(1\) <https:\/\/eur-lex\.europa\.eu\/eli\/reg\/2016\/679\/oj> \(verified \d{4}-\d{2}-\d{2}\)$/m);
    expect(run.stdout).toMatch(/^Source: UK GDPR art\. 6\(1\) <https:\/\/www\.legislation\.gov\.uk\/eur\/2016\/679\/contents> /m);
    expect(run.stdout).toMatch(/^Applies to: all initiatives, in EEA or UK$/m);
    expect(run.stdout).toMatch(/^Fix: Set `personalData\.lawfulBasis`/m);
    // The page ships in the package: the path printed is the installed one, and it exists.
    const docs = /^Docs: (.+)$/m.exec(run.stdout)![1]!;
    expect(docs).toBe(join(ROOT, 'docs', 'rules', 'privacy', 'lawful-basis.md'));
    expect(existsSync(docs)).toBe(true);
  });

  it('lists every source with its address and verification date (checklists --sources)', () => {
    const run = runCli(['checklists', '--sources']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^records\/broker-dealer-retention\n {2}SEC Rule 17a-4, 17 CFR 240\.17a-4 \(b\)\(4\) <https:\/\/www\.ecfr\.gov\/[^>]+> \(verified \d{4}-\d{2}-\d{2}\)$/m);
    // The strategy checklist cites practice, not law: listed, and said to have no address.
    expect(run.stdout).toMatch(/^traceability\/orphan-goal\n {2}.*\(no address or verification date recorded\)$/m);
    const json = JSON.parse(runCli(['checklists', '--sources', '--format', 'json']).stdout) as { sources: { rule: string; url: string | null; verified: string | null }[] };
    const lawful = json.sources.filter((s) => s.rule === 'privacy/lawful-basis');
    expect(lawful.map((s) => s.url)).toEqual(['https://eur-lex.europa.eu/eli/reg/2016/679/oj', 'https://www.legislation.gov.uk/eur/2016/679/contents']);
    expect(lawful.every((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.verified ?? ''))).toBe(true);
  });

  it('tells a config or waiver naming a merged rule where it went', () => {
    const dir = tempDir();
    dir.write('socialplan.config.yaml', 'apiVersion: socialplan/v1\nkind: Config\nrules:\n  records/legal-hold: off\n');
    const run = runCli(['check', dir.write('s.yaml', MINIMAL)], { cwd: dir.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/socialplan\.config\.yaml:4:3: no rule "records\/legal-hold"; it was merged into "legal\/legal-hold"/);
  });

  it('explains well-formedness and waiver rules too, and suggests for a typo', () => {
    expect(runCli(['explain', 'schema/unknown-key']).stdout).toMatch(/prefix it with `x-`/);
    expect(runCli(['explain', 'waiver/expired']).status).toBe(0);
    const typo = runCli(['explain', 'privacy/lawfull-basis']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toBe('socialplan: no rule "privacy/lawfull-basis"; did you mean "privacy/lawful-basis"? (socialplan checklists lists them all)\n');
  });
});

describe('an organisation’s own checklist: notFor and yieldsTo', () => {
  const OWN = `apiVersion: socialplan/v1
kind: Checklist
id: northwind
stakeholder: privacy
rules:
  - id: northwind/notice-everywhere
    severity: warning
    appliesTo: { jurisdictions: [US-CA, GB], notFor: [{ tags: [GOV], jurisdictions: [US-CA] }] }
    given: initiatives[*]
    then: { field: personalData.noticeUrl, function: truthy }
    message: Initiative {{name}} links no privacy notice.
  - id: northwind/basis-named
    severity: warning
    given: initiatives[*]
    then: { field: personalData.ropaId, function: truthy }
    yieldsTo: [privacy/record-of-processing]
    message: Initiative {{name}} has no record-of-processing entry.
`;
  const at = (text: string, jurisdictions: string, tags: string) =>
    edit(text, '  organization: Example Ltd\n  jurisdictions: [GB]\n', `  organization: Example Ltd\n  jurisdictions: [${jurisdictions}]\n  regulatoryTags: [${tags}]\n`);
  const ids = (file: string) =>
    json(['check', file, '--checklist', tmp.write('northwind.yaml', OWN), '--as-of', '2026-11-25']).report.files[0]!.diagnostics.map((d) => d.ruleId);

  it('a California public body is out of the rule’s California law; in GB it is not', () => {
    expect(ids(tmp.write('ca-gov.yaml', at(UK_MINIMAL, 'US-CA', 'GOV')))).not.toContain('northwind/notice-everywhere');
    expect(ids(tmp.write('ca-biz.yaml', at(UK_MINIMAL, 'US-CA', 'PUBCO')))).toContain('northwind/notice-everywhere');
    expect(ids(tmp.write('gb-gov.yaml', at(UK_MINIMAL, 'GB', 'GOV')))).toContain('northwind/notice-everywhere');
  });

  it('an own rule that yields to a built-in rule is silent where that rule reports the same field', () => {
    // In GB the built-in privacy/record-of-processing reports the missing ropaId; in the US nothing does.
    const gb = ids(tmp.write('gb.yaml', at(UK_MINIMAL, 'GB', 'PUBCO')));
    expect(gb).toContain('privacy/record-of-processing');
    expect(gb).not.toContain('northwind/basis-named');
    expect(ids(tmp.write('us.yaml', at(UK_MINIMAL, 'US', 'PUBCO')))).toContain('northwind/basis-named');
  });
});
