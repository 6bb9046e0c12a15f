import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS, loadFormatter, type FormatName } from '../../src/output/formatters/index.js';
import { PLAIN } from '../../src/output/formatters/paint.js';
import type { Formatter, FormatterOptions, RuleInfo } from '../../src/output/formatters/types.js';
import type { FileReport } from '../../src/checks/report.js';
import { builtInRule } from '../../src/checks/ruleset/checklists/index.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { ROOT } from '../helpers.js';
import { parseJUnit, validateSarif, type JUnitText } from '../validators.js';

const GOLDEN = join(ROOT, 'test', 'output', 'golden');
const EXTENSION: Record<FormatName, string> = {
  stylish: 'txt',
  json: 'json',
  sarif: 'json',
  junit: 'xml',
  github: 'txt',
  gitlab: 'json',
  markdown: 'md',
};

/** Every character the formats must escape, in one message. */
const HOSTILE = 'Key "utm,source: 100%" is not allowed | see <script>alert(1)</script> & the\nnext line';

const RULES: RuleInfo[] = [
  {
    id: 'privacy/lawful-basis',
    stakeholder: 'privacy',
    severity: 'error',
    title: 'Every purpose that processes personal data names a lawful basis.',
    rationale: 'Processing without a lawful basis is unlawful from the first post.',
    reference: 'GDPR art. 6(1)',
    fix: 'Set `personalData.lawfulBasis`.',
  },
  {
    id: 'privacy/notice-at-collection',
    stakeholder: 'privacy',
    severity: 'warning',
    title: 'External data collection links a privacy notice where the data is collected.',
    reference: 'https://gdpr-info.eu/art-13-gdpr/',
    fix: 'Record the notice in `personalData.noticeUrl`.',
  },
  {
    id: 'communications/alt-text-captions',
    stakeholder: 'communications',
    severity: 'info',
    title: 'Images carry alt text and videos captions.',
  },
  {
    id: 'legal/contest-rules',
    stakeholder: 'legal',
    severity: 'warning',
    title: 'A contest has official rules.',
    reference: 'FTC Endorsement Guides',
    fix: 'Link the official rules in `contest.rulesUrl`.',
  },
  // Ran, found nothing: SARIF still describes it.
  { id: 'security/mfa', stakeholder: 'security', severity: 'error', title: 'Every account uses multi-factor authentication.' },
];

const formatters = Object.fromEntries(await Promise.all(FORMATS.map(async (name) => [name, await loadFormatter(name)] as const))) as Record<FormatName, Formatter>;
const OPTIONS: FormatterOptions = { paint: PLAIN, rules: RULES, toolVersion: '0.1.0', asOf: '2026-11-25', workspace: { cwd: '/home/ci/repo', root: '/home/ci/repo' } };

const ACME = 'strategies/acme.yaml';
const DIAGNOSTICS: Diagnostic[] = [
  {
    ruleId: 'schema/unknown-key',
    severity: 'error',
    message: HOSTILE,
    path: 'initiatives[1]["utm,source"]',
    file: ACME,
    line: 8,
    column: 5,
    endLine: 8,
    endColumn: 24,
    fix: 'Remove the key, or move it under `tracking`.',
  },
  {
    ruleId: builtInRule('privacy/lawful-basis').id,
    severity: 'error',
    message: 'Initiative Summer launch processes personal data without naming a lawful basis for it.',
    path: 'initiatives[0].personalData',
    file: ACME,
    line: 12,
    column: 5,
    endLine: 14,
    endColumn: 30,
    rationale: 'Processing without a lawful basis is unlawful from the first post.',
    reference: 'GDPR art. 6(1)',
    fix: 'Set `personalData.lawfulBasis`.',
    stakeholder: 'privacy',
    initiative: 'summer-launch',
  },
  {
    ruleId: builtInRule('privacy/notice-at-collection').id,
    severity: 'warning',
    message: 'Initiative Summer launch collects personal data (email) without a notice at collection.',
    path: 'initiatives[0].personalData.collection',
    file: ACME,
    line: 17,
    column: 7,
    reference: 'https://gdpr-info.eu/art-13-gdpr/',
    fix: 'Record the notice in `personalData.noticeUrl`.',
    stakeholder: 'privacy',
    initiative: 'summer-launch',
  },
  {
    ruleId: builtInRule('communications/alt-text-captions').id,
    severity: 'info',
    message: 'Initiative Summer launch publishes video; plan captions.',
    path: 'initiatives[0].formats',
    file: ACME,
    line: 21,
    column: 5,
    stakeholder: 'communications',
    initiative: 'summer-launch',
  },
  {
    ruleId: builtInRule('legal/contest-rules').id,
    severity: 'warning',
    message: 'Initiative Summer launch runs a contest without official rules.',
    path: 'initiatives[0].contest',
    file: ACME,
    line: 25,
    column: 5,
    fix: 'Link the official rules in `contest.rulesUrl`.',
    stakeholder: 'legal',
    initiative: 'summer-launch',
    waived: { reason: 'Internal pilot only, no prizes', approvedBy: 'Dana Okafor (Legal)', expires: '2027-01-31' },
  },
];

const REPORTS: FileReport[] = [
  { file: './strategies/clean.yaml', text: 'apiVersion: socialplan/v1\n', valid: true, diagnostics: [] },
  { file: ACME, valid: false, diagnostics: DIAGNOSTICS },
  {
    file: 'strategies/missing.yaml',
    valid: false,
    diagnostics: [
      {
        ruleId: 'file/unreadable',
        severity: 'error',
        message: 'cannot be read: no such file or directory',
        path: '',
        file: 'strategies/missing.yaml',
        line: 0,
        column: 0,
        fix: 'Check the path and the permissions.',
      },
    ],
  },
];

const format = (name: FormatName, reports: readonly FileReport[], options: FormatterOptions): string => formatters[name](reports, options);
const output = (name: FormatName, reports: readonly FileReport[] = REPORTS): string => format(name, reports, OPTIONS);

describe('formatter golden files', () => {
  it.each(FORMATS)('%s matches its golden file', (name) => {
    const file = join(GOLDEN, `formatters.${name}.${EXTENSION[name]}`);
    const actual = output(name);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, actual);
    }
    expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1 to write it`).toBe(true);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });

  it.each(FORMATS)('%s is deterministic and does not mutate the reports', (name) => {
    const before = JSON.stringify(REPORTS);
    expect(output(name)).toBe(output(name));
    expect(JSON.stringify(REPORTS)).toBe(before);
  });
});

// ---------------------------------------------------------------------------------------------
// SARIF

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; defaultConfiguration: { level: string }; properties?: { stakeholder: string } }[] } };
    originalUriBaseIds?: Record<string, { uri: string }>;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: Record<string, number> } }[];
      suppressions?: { kind: string; justification: string }[];
    }[];
  }[];
}

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    for (const reports of [REPORTS, [], [REPORTS[0]!]]) {
      const result = validateSarif(JSON.parse(output('sarif', reports)));
      expect(result.errors).toBe('No errors');
      expect(result.valid).toBe(true);
    }
  });

  it('is checked by a validator that rejects what SARIF forbids', () => {
    const log = JSON.parse(output('sarif')) as SarifLog;
    log.runs[0]!.results[0]!.level = 'info';
    const result = validateSarif(log);
    expect(result.valid).toBe(false);
    expect(result.errors).toContain('must be equal to one of the allowed values');
  });

  it('describes every rule behind a result, synthesizing the ones options.rules lacks', () => {
    const run = (JSON.parse(output('sarif')) as SarifLog).runs[0]!;
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids).toContain('security/mfa');
    expect(ids).toContain('schema/unknown-key');
    expect(ids).toContain('file/unreadable');
    expect(new Set(ids).size).toBe(ids.length);
    for (const result of run.results) expect(ids[result.ruleIndex]).toBe(result.ruleId);
  });

  it('maps info to note, waivers to suppressions and line 0 to a location without a region', () => {
    const { results } = (JSON.parse(output('sarif')) as SarifLog).runs[0]!;
    const by = (id: string) => results.find((r) => r.ruleId === id)!;
    expect(by('communications/alt-text-captions').level).toBe('note');
    expect(by('legal/contest-rules').suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'Internal pilot only, no prizes (approved by Dana Okafor (Legal), expires 2027-01-31)' },
    ]);
    expect(results.filter((r) => r.suppressions)).toHaveLength(1);
    expect(by('file/unreadable').locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'strategies/missing.yaml', uriBaseId: '%SRCROOT%' } });
    expect(by('privacy/lawful-basis').locations[0]!.physicalLocation.region).toEqual({ startLine: 12, startColumn: 5, endLine: 14, endColumn: 30 });
  });

  it('writes uris from the repository root, percent-encoded, whatever the folder the command ran in', () => {
    const report: FileReport = { file: './my plan.yaml', valid: false, diagnostics: [{ ...DIAGNOSTICS[1]!, file: './my plan.yaml' }] };
    const run = (cwd: string) => (JSON.parse(format('sarif', [report], { ...OPTIONS, workspace: { cwd, root: '/home/ci/repo' } })) as SarifLog).runs[0]!;
    expect(run('/home/ci/repo/plans').results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'plans/my%20plan.yaml', uriBaseId: '%SRCROOT%' });
    expect(run('/home/ci/repo/plans').originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/ci/repo/' } });
    // Outside the repository: an absolute file URI, with no base.
    expect(run('/tmp').results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'file:///tmp/my%20plan.yaml' });
    // A Windows checkout: backslashes and the drive are read as Windows writes them.
    const windows = (JSON.parse(format('sarif', [{ ...report, file: 'plans\\a.yaml', diagnostics: [{ ...DIAGNOSTICS[1]!, file: 'plans\\a.yaml' }] }], { ...OPTIONS, workspace: { cwd: 'C:\\ci\\repo', root: 'C:\\ci\\repo' } })) as SarifLog).runs[0]!;
    expect(windows.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'plans/a.yaml', uriBaseId: '%SRCROOT%' });
  });
});

// ---------------------------------------------------------------------------------------------
// JUnit

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** The text of an element that fast-xml-parser gives as a string (no attributes) or under `#text`. */
const textOf = (element: JUnitText | undefined): string => (typeof element === 'object' ? (element['#text'] ?? '') : (element ?? ''));

describe('junit', () => {
  it('is well-formed XML with a declaration and one root', () => {
    for (const xml of [output('junit'), output('junit', [])]) {
      expect(xml.startsWith(XML_DECLARATION)).toBe(true);
      const document = parseJUnit(xml);
      expect(Object.keys(document)).toEqual(['?xml', 'testsuites']);
    }
    expect(parseJUnit(output('junit', [])).testsuites).toMatchObject({ tests: '0', failures: '0', errors: '0' });
  });

  it('has a checker that rejects malformed XML', () => {
    // Each with the validator's reason: mismatched, unclosed, unquoted, repeated, unspaced, badly named, a bare &.
    const cases: [string, RegExp][] = [
      ['<a><b></a></b>', /closing tag 'b'.*line 2, column 7/],
      ['<a><b></b>', /Unclosed tag 'a'/],
      ['<a x=1/>', /Attribute 'x' is without value/],
      ['<a x="1" x="2"/>', /Attribute 'x' is repeated/],
      ['<a x="1"y="2"/>', /Attribute 'y' has no space/],
      ['<1a/>', /Tag '1a' is an invalid name/],
      ['<a>a & b</a>', /char '&' is not expected.*line 2, column 6/],
      ['<a>&amp</a>', /char '&' is not expected/],
    ];
    for (const [bad, reason] of cases) expect(() => parseJUnit(XML_DECLARATION + bad), bad).toThrow(reason);
    // The real output with the & in a failure's text left bare is caught too. (A bare & inside an
    // attribute value is not: fast-xml-parser's validator does not look into attribute values.)
    expect(() => parseJUnit(output('junit').replaceAll('&amp; the\\n', '& the\\n'))).toThrow(/char '&' is not expected/);
  });

  it('counts tests, failures and skips and keeps the hostile message, its newline shown as \\n', () => {
    // A report printed to a CI log: the user's newline must not start a line of its own there.
    const shown = HOSTILE.replace('\n', '\\n');
    const root = parseJUnit(output('junit')).testsuites;
    expect(root).toMatchObject({ name: 'socialplan', tests: '7', failures: '4' });
    // junit-10.xsd has no skipped count on the root; each suite carries its own.
    expect(root).not.toHaveProperty('skipped');
    const suites = root.testsuite!;
    expect(suites).toHaveLength(3);
    const [clean, acme, missing] = suites;
    expect(clean).toMatchObject({ name: 'strategies/clean.yaml', tests: '1', failures: '0' });
    expect(clean!.testcase!.map((c) => c.name)).toEqual(['valid strategy']);
    expect(acme).toMatchObject({ name: ACME, tests: '5', failures: '3', skipped: '1' });
    expect(acme!.testcase).toHaveLength(5);
    expect(missing!.testcase!.map((c) => c.name)).toEqual(['file/unreadable strategies/missing.yaml']);

    const cases = acme!.testcase!;
    const hostile = cases.find((c) => c.name === `schema/unknown-key ${ACME}:8:5`)!;
    expect(hostile.classname).toBe(ACME);
    expect(hostile.failure).toEqual({ message: shown, type: 'error', '#text': expect.stringContaining(shown) as unknown });
    expect(textOf(hostile.failure)).toContain(shown);
    const lawful = cases.find((c) => c.name.startsWith('privacy/lawful-basis'))!;
    expect(lawful.classname).toBe(ACME);
    expect(textOf(lawful.failure)).toContain('rationale: Processing without');
    expect(textOf(lawful.failure)).toContain('reference: GDPR art. 6(1)');
    // Attributes and child elements share one object: only system-out is a child here.
    const info = cases.find((c) => c.name.startsWith('communications/'))!;
    expect(Object.keys(info).sort()).toEqual(['classname', 'name', 'system-out']);
    const waived = cases.find((c) => c.name.startsWith('legal/'))!;
    expect(Object.keys(waived).sort()).toEqual(['classname', 'name', 'skipped']);
    expect(waived.skipped).toMatchObject({ message: 'waived: Internal pilot only, no prizes (approved by Dana Okafor (Legal), expires 2027-01-31)' });
  });

  it('shows characters XML 1.0 forbids as visible escapes', () => {
    const message = 'bell\u0007 nul\u0000 lone\uD800 surrogate \u{1F600} fine';
    const xml = output('junit', [{ file: 'a.yaml', valid: false, diagnostics: [{ ...DIAGNOSTICS[1]!, file: 'a.yaml', message }] }]);
    // fast-xml-parser's validator does not check characters, so the document is checked here:
    // nothing outside XML 1.0's Char production (controls but tab, LF, CR; lone surrogates; U+FFFE/F).
    expect(xml).toMatch(/^[\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u);
    const failure = parseJUnit(xml).testsuites.testsuite![0]!.testcase![0]!.failure;
    expect(failure).toMatchObject({ message: 'bell\\u0007 nul\\u0000 lone\\ud800 surrogate \u{1F600} fine' });
    expect(textOf(failure)).toContain('bell\\u0007 nul\\u0000 lone\\ud800 surrogate \u{1F600} fine\n');
  });
});

// ---------------------------------------------------------------------------------------------
// GitHub Actions

describe('github', () => {
  const lines = output('github').split('\n');

  it('writes one workflow command per finding and nothing else', () => {
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(DIAGNOSTICS.length + 1);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^:,]+(,\w+=[^:,]*)*::/);
    expect(output('github', [REPORTS[0]!])).toBe('');
  });

  it('escapes %, CR and LF in the message', () => {
    const hostile = lines.find((l) => l.includes('title=schema/unknown-key'))!;
    const message = hostile.slice(hostile.indexOf('::', 2) + 2);
    expect(message).toContain('100%25');
    expect(message).toContain('the%0Anext line');
    expect(message).not.toMatch(/%(?!25|0A|0D)/);
    // In the message only %, CR and LF are encoded: the rest is shown as written.
    expect(message).toContain('Key "utm,source: 100%25" is not allowed | see <script>alert(1)</script> & the');
    const crlf = output('github', [{ file: 'a.yaml', valid: true, diagnostics: [{ ...DIAGNOSTICS[3]!, file: 'a.yaml', message: 'one\r\ntwo' }] }]);
    expect(crlf).toContain('::one%0D%0Atwo\n');
  });

  it('escapes %, CR, LF, : and , in properties', () => {
    const file = 'dir/a,b:c%d\re\nf.yaml';
    const line = output('github', [{ file, valid: false, diagnostics: [{ ...DIAGNOSTICS[1]!, file }] }]);
    expect(line).toBe(
      '::error file=dir/a%2Cb%3Ac%25d%0De%0Af.yaml,line=12,col=5,endLine=14,endColumn=30,title=privacy/lawful-basis::' +
        'Initiative Summer launch processes personal data without naming a lawful basis for it.%0AFix: Set `personalData.lawfulBasis`.\n',
    );
  });

  it('uses notice for info and waived findings and omits the position at line 0', () => {
    expect(lines.find((l) => l.includes('communications/alt-text-captions'))).toMatch(/^::notice file=strategies\/acme\.yaml,line=21,col=5,title=/);
    const waived = lines.find((l) => l.includes('legal/contest-rules'))!;
    expect(waived).toMatch(/^::notice .*title=legal\/contest-rules \(waived\)::/);
    expect(waived).toContain('%0AWaived: Internal pilot only, no prizes (approved by Dana Okafor (Legal), expires 2027-01-31)');
    expect(lines.find((l) => l.includes('file/unreadable'))).toMatch(/^::error file=strategies\/missing\.yaml,title=file\/unreadable::/);
    expect(lines.find((l) => l.includes('notice-at-collection'))).toMatch(/^::warning /);
  });
});

// ---------------------------------------------------------------------------------------------
// GitLab Code Quality

interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

describe('gitlab', () => {
  const issues = JSON.parse(output('gitlab')) as CodeQualityIssue[];

  it('leaves out waived findings and maps severities', () => {
    expect(issues.map((i) => i.check_name)).not.toContain('legal/contest-rules');
    expect(issues).toHaveLength(DIAGNOSTICS.length);
    expect(Object.fromEntries(issues.map((i) => [i.check_name, i.severity]))).toEqual({
      'schema/unknown-key': 'major',
      'privacy/lawful-basis': 'major',
      'privacy/notice-at-collection': 'minor',
      'communications/alt-text-captions': 'info',
      'file/unreadable': 'major',
    });
  });

  it('gives every issue a line of at least 1', () => {
    for (const issue of issues) expect(issue.location.lines.begin).toBeGreaterThanOrEqual(1);
    expect(issues.find((i) => i.check_name === 'file/unreadable')!.location).toEqual({ path: 'strategies/missing.yaml', lines: { begin: 1 } });
  });

  it('fingerprints findings distinctly, as sha256 hex', () => {
    const prints = issues.map((i) => i.fingerprint);
    for (const print of prints) expect(print).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(prints).size).toBe(prints.length);
    const twin: FileReport = { file: 'a.yaml', valid: false, diagnostics: [DIAGNOSTICS[1]!, { ...DIAGNOSTICS[1]!, line: 40 }].map((d) => ({ ...d, file: 'a.yaml' })) };
    const twins = (JSON.parse(output('gitlab', [twin])) as CodeQualityIssue[]).map((i) => i.fingerprint);
    expect(twins[0]).not.toBe(twins[1]);
  });

  it('keeps fingerprints when a block moves to other lines', () => {
    const moved = REPORTS.map((r) => ({ ...r, diagnostics: r.diagnostics.map((d) => ({ ...d, line: d.line ? d.line + 10 : 0, endLine: d.endLine && d.endLine + 10 })) }));
    const after = JSON.parse(output('gitlab', moved)) as CodeQualityIssue[];
    expect(after.map((i) => i.fingerprint)).toEqual(issues.map((i) => i.fingerprint));
    expect(after.map((i) => i.location.lines.begin)).not.toEqual(issues.map((i) => i.location.lines.begin));
  });
});

// ---------------------------------------------------------------------------------------------
// Markdown

/** The markdownlint default rules this report could break (markdownlint itself is not installed). */
function lintMarkdown(md: string): string[] {
  const problems: string[] = [];
  const lines = md.split('\n');
  if (!md.endsWith('\n') || md.endsWith('\n\n')) problems.push('MD047: end with exactly one newline');
  lines.pop();
  if (!lines[0]?.startsWith('# ')) problems.push('MD041: first line is not an H1');
  if (lines.filter((l) => /^# /.test(l)).length !== 1) problems.push('MD025: not exactly one H1');
  const headings = lines.filter((l) => /^#+ /.test(l));
  if (new Set(headings.map((h) => h.replace(/^#+ /, ''))).size !== headings.length) problems.push('MD024: duplicate heading');
  let previousLevel = 0;
  lines.forEach((line, n) => {
    const at = `line ${n + 1}`;
    if (/[ \t]$/.test(line)) problems.push(`MD009: trailing space, ${at}`);
    if (line.includes('\t')) problems.push(`MD010: hard tab, ${at}`);
    if (line === '' && lines[n - 1] === '') problems.push(`MD012: blank lines, ${at}`);
    const heading = /^(#+) (.*)$/.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      if (level > previousLevel + 1) problems.push(`MD001: heading level jump, ${at}`);
      previousLevel = level;
      if (/[.,;:!]$/.test(heading[2]!)) problems.push(`MD026: heading punctuation, ${at}`);
      if ((n > 0 && lines[n - 1] !== '') || lines[n + 1] !== '') problems.push(`MD022: blanks around heading, ${at}`);
    }
    if (/^#+[^# ]/.test(line)) problems.push(`MD018: no space after hash, ${at}`);
    if (line.startsWith('|')) {
      const prev = lines[n - 1]!;
      const next = lines[n + 1];
      if (!prev.startsWith('|') && prev !== '') problems.push(`MD058: blank before table, ${at}`);
      if (next !== undefined && !next.startsWith('|') && next !== '') problems.push(`MD058: blank after table, ${at}`);
      if (!line.endsWith(' |') && !/^\| [- |]+\|$/.test(line)) problems.push(`MD055: trailing pipe, ${at}`);
    }
    if (/<\/?[A-Za-z]/.test(line.replace(/\\./g, '').replace(/<https?:\/\/[^>]+>/g, ''))) problems.push(`MD033: inline HTML, ${at}`);
    if (/(^|[^<])https?:\/\//.test(line.replace(/<https?:\/\/[^>]+>/g, ''))) problems.push(`MD034: bare URL, ${at}`);
  });
  // MD056: every row of a table has the header's number of cells (unescaped pipes).
  let columns = 0;
  for (const line of lines) {
    if (!line.startsWith('|')) {
      columns = 0;
      continue;
    }
    const cells = line.replace(/\\./g, 'x').split('|').length - 2;
    if (!columns) columns = cells;
    else if (cells !== columns) problems.push(`MD056: ${cells} cells, expected ${columns}: ${line}`);
  }
  return problems;
}

describe('markdown', () => {
  const md = output('markdown');

  it('keeps to markdownlint default rules', () => {
    expect(lintMarkdown(md)).toEqual([]);
    expect(lintMarkdown(output('markdown', [REPORTS[0]!]))).toEqual([]);
    expect(lintMarkdown(output('markdown', []))).toEqual([]);
  });

  it('has a lint check that catches what it claims to', () => {
    expect(lintMarkdown('# A\ntext \n\n\n| a | b |\n| --- | --- |\n| c |\n## B:\n')).toEqual(expect.arrayContaining([
      expect.stringMatching(/^MD009/),
      expect.stringMatching(/^MD012/),
      expect.stringMatching(/^MD022/),
      expect.stringMatching(/^MD026/),
      expect.stringMatching(/^MD056/),
      expect.stringMatching(/^MD058/),
    ]));
  });

  it('summarises counts by severity and waived', () => {
    expect(md).toContain('\n3 files checked: 3 errors, 1 warning, 1 info, 1 waived.\n');
  });

  it('escapes the hostile message into one table cell', () => {
    const row = md.split('\n').find((l) => l.includes('schema/unknown-key') && l.startsWith('| strategies'))!;
    expect(row).toContain('Key "utm,source: 100%" is not allowed \\| see');
    expect(row).toContain('\\| see \\<script\\>alert(1)\\</script\\> \\& the next line');
    expect(row).toContain('under \\`tracking\\`.');
    expect(row).not.toMatch(/(?<!\\)<script/);
  });

  it('groups by stakeholder and lists waived findings apart with reason, approver and expiry', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual(['# socialplan check', '## Well-formedness', '## Communications', '## Privacy', '## Waived findings', '## Rules']);
    const waivedSection = md.slice(md.indexOf('## Waived findings'), md.indexOf('## Rules'));
    expect(waivedSection).toContain('| strategies/acme.yaml:25 | legal/contest-rules | Initiative Summer launch runs a contest without official rules. | Internal pilot only, no prizes | Dana Okafor (Legal) | 2027-01-31 |');
    expect(md.slice(0, md.indexOf('## Waived findings'))).not.toContain('legal/contest-rules');
    expect(md).toContain('| strategies/missing.yaml | error | file/unreadable |');
    expect(md).toContain('<https://gdpr-info.eu/art-13-gdpr/>');
  });
});
