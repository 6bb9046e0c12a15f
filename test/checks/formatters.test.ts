import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { FORMATS, formatters, type FormatName } from '../../src/checks/formatters/index.js';
import type { FormatterOptions, RuleInfo } from '../../src/checks/formatters/types.js';
import type { FileReport } from '../../src/checks/report.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { ROOT } from '../helpers.js';

const GOLDEN = join(ROOT, 'test', 'checks', 'golden');
const SARIF_SCHEMA = resolve(ROOT, '..', 'shared', 'schemas', 'sarif-schema-2.1.0.json');
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

const OPTIONS: FormatterOptions = { colour: false, rules: RULES, toolVersion: '0.1.0', asOf: '2026-11-25' };

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
    ruleId: 'privacy/lawful-basis',
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
    ruleId: 'privacy/notice-at-collection',
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
    ruleId: 'communications/alt-text-captions',
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
    ruleId: 'legal/contest-rules',
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

const output = (name: FormatName, reports: readonly FileReport[] = REPORTS): string => formatters[name](reports, OPTIONS);

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

/**
 * The official schema is draft-04. ajv-draft-04 reads it as it is, but it is not a dependency and
 * nothing may be installed, so without it the schema is lifted to draft-07 for plain Ajv: `$schema`
 * names draft-07, the draft-04 `id` keyword becomes `$id`, and boolean exclusiveMinimum/Maximum
 * (draft-04's form) become numbers. Nothing else in the SARIF schema differs between the drafts;
 * strict: false because the schema uses annotations Ajv's strict mode does not know, and
 * unicodeRegExp: false because the schema's `language` pattern (`^[a-zA-Z]{2}|...]?$`, a stray `]`)
 * is only valid as a non-unicode regular expression, as JSON Schema validators of its day read it.
 */
function toDraft07(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toDraft07);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  const source = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(source)) {
    if (key === 'id' && typeof value === 'string') out.$id = value;
    else if (key === '$schema' && typeof value === 'string') out.$schema = 'http://json-schema.org/draft-07/schema#';
    else if ((key === 'exclusiveMinimum' || key === 'exclusiveMaximum') && typeof value === 'boolean') {
      const bound = key === 'exclusiveMinimum' ? 'minimum' : 'maximum';
      if (value && typeof source[bound] === 'number') out[key] = source[bound];
    } else out[key] = toDraft07(value);
  }
  for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (source[flag] === true) delete out[bound];
  }
  return out;
}

type SarifValidate = (data: unknown) => { valid: boolean; errors: string };
let compiled: Promise<SarifValidate> | undefined;
/** Compiled once: the schema is large. */
const sarifValidator = (): Promise<SarifValidate> => (compiled ??= compileSarifValidator());

async function compileSarifValidator(): Promise<SarifValidate> {
  expect(existsSync(SARIF_SCHEMA), `the SARIF schema belongs at ${SARIF_SCHEMA} (../shared beside the project)`).toBe(true);
  const schema = JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')) as Record<string, unknown>;
  let ajv: Ajv;
  if (existsSync(join(ROOT, 'node_modules', 'ajv-draft-04'))) {
    const specifier = 'ajv-draft-04';
    const mod = (await import(specifier)) as { default: { default?: typeof Ajv } & typeof Ajv };
    const Draft04 = mod.default.default ?? mod.default;
    ajv = new Draft04({ allErrors: true, strict: false, unicodeRegExp: false });
  } else {
    ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  }
  addFormats.default(ajv);
  const validate = ajv.compile(ajv.opts.schemaId === 'id' ? schema : (toDraft07(schema) as object));
  return (data) => ({ valid: validate(data), errors: ajv.errorsText(validate.errors) });
}

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; defaultConfiguration: { level: string }; properties?: { stakeholder: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      locations: { physicalLocation: { artifactLocation: { uri: string }; region?: Record<string, number> } }[];
      suppressions?: { kind: string; justification: string }[];
    }[];
  }[];
}

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema', async () => {
    const validate = await sarifValidator();
    for (const reports of [REPORTS, [], [REPORTS[0]!]]) {
      const result = validate(JSON.parse(output('sarif', reports)));
      expect(result.errors).toBe('No errors');
      expect(result.valid).toBe(true);
    }
  });

  it('is checked by a validator that rejects what SARIF forbids', async () => {
    const validate = await sarifValidator();
    const log = JSON.parse(output('sarif')) as SarifLog;
    log.runs[0]!.results[0]!.level = 'info';
    expect(validate(log).valid).toBe(false);
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
    expect(by('file/unreadable').locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'strategies/missing.yaml' } });
    expect(by('privacy/lawful-basis').locations[0]!.physicalLocation.region).toEqual({ startLine: 12, startColumn: 5, endLine: 14, endColumn: 30 });
  });

  it('writes uris relative with forward slashes and no leading ./', () => {
    const report: FileReport = { file: '.\\plans\\my plan.yaml', valid: false, diagnostics: [{ ...DIAGNOSTICS[1]!, file: '.\\plans\\my plan.yaml' }] };
    const { results } = (JSON.parse(output('sarif', [report])) as SarifLog).runs[0]!;
    expect(results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('plans/my%20plan.yaml');
  });
});

// ---------------------------------------------------------------------------------------------
// JUnit

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const XML_CHAR = /^[\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const NAME = /^[A-Za-z_:][\w.:-]*/;

/** Entities resolved; anything XML 1.0 would reject (an unknown entity, a bare & or <) throws. */
function decode(raw: string, where: string): string {
  if (raw.includes('<')) throw new Error(`raw < in ${where}`);
  return raw.replace(/&([^;]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new Error(`unterminated entity in ${where}: ${whole}`);
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (body in named) return named[body]!;
    const code = /^#x[0-9A-Fa-f]+$/.test(body) ? parseInt(body.slice(2), 16) : /^#\d+$/.test(body) ? parseInt(body.slice(1), 10) : NaN;
    if (Number.isNaN(code) || code > 0x10ffff) throw new Error(`invalid entity in ${where}: ${whole}`);
    const char = String.fromCodePoint(code);
    if (!XML_CHAR.test(char)) throw new Error(`character reference to an illegal character in ${where}: ${whole}`);
    return char;
  });
}

/**
 * A strict well-formedness check for the XML subset the JUnit formatter writes (declaration,
 * elements, attributes, text; no DTD, comments or CDATA): legal characters only, names valid,
 * attributes quoted and unique, entities known, tags balanced, one root. Node has no XML parser.
 */
function parseXml(xml: string): XmlElement {
  if (!XML_CHAR.test(xml)) throw new Error('a character XML 1.0 forbids');
  const declaration = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/.exec(xml);
  if (!declaration) throw new Error('no XML declaration');
  let i = declaration[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (i < xml.length) {
    if (xml[i] !== '<') {
      const end = xml.indexOf('<', i) === -1 ? xml.length : xml.indexOf('<', i);
      const raw = xml.slice(i, end);
      const top = stack.at(-1);
      if (!top) {
        if (raw.trim()) throw new Error(`text outside the root: ${JSON.stringify(raw)}`);
      } else top.text += decode(raw, `<${top.name}>`);
      i = end;
      continue;
    }
    if (xml.startsWith('</', i)) {
      const match = /^<\/([^\s>]+)\s*>/.exec(xml.slice(i));
      const open = stack.pop();
      if (!match || !open || match[1] !== open.name) throw new Error(`unbalanced close tag at ${i}: ${xml.slice(i, i + 30)}`);
      i += match[0].length;
      continue;
    }
    const name = NAME.exec(xml.slice(i + 1))?.[0];
    if (!name) throw new Error(`bad tag at ${i}`);
    i += 1 + name.length;
    const element: XmlElement = { name, attributes: {}, children: [], text: '' };
    for (;;) {
      const space = /^\s*/.exec(xml.slice(i))![0];
      i += space.length;
      if (xml.startsWith('/>', i) || xml[i] === '>') break;
      if (!space) throw new Error(`no space before attribute at ${i}`);
      const attribute = /^([A-Za-z_:][\w.:-]*)=(?:"([^"]*)"|'([^']*)')/.exec(xml.slice(i));
      if (!attribute) throw new Error(`unquoted or malformed attribute at ${i}: ${xml.slice(i, i + 30)}`);
      const [whole, key, double, single] = attribute;
      if (key! in element.attributes) throw new Error(`duplicate attribute ${key}`);
      element.attributes[key!] = decode(double ?? single ?? '', `${name}@${key}`);
      i += whole.length;
    }
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else if (root) throw new Error('more than one root element');
    else root = element;
    if (xml.startsWith('/>', i)) i += 2;
    else {
      i += 1;
      stack.push(element);
    }
  }
  if (stack.length) throw new Error(`unclosed <${stack.at(-1)!.name}>`);
  if (!root) throw new Error('no root element');
  return root;
}

describe('junit', () => {
  it('is well-formed XML', () => {
    expect(() => parseXml(output('junit'))).not.toThrow();
    expect(() => parseXml(output('junit', []))).not.toThrow();
  });

  it('has a checker that rejects malformed XML', () => {
    const head = '<?xml version="1.0" encoding="UTF-8"?>\n';
    for (const bad of ['<a><b></a></b>', '<a x=1/>', '<a x="1" x="2"/>', '<a>&nbsp;</a>', '<a>a & b</a>', '<a x="<"/>', '<a/><b/>', '<a>\u0007</a>', '<a>&#0;</a>']) {
      expect(() => parseXml(head + bad), bad).toThrow();
    }
  });

  it('counts tests, failures and skips and keeps the hostile message intact', () => {
    const root = parseXml(output('junit'));
    expect(root.name).toBe('testsuites');
    expect(root.attributes).toMatchObject({ name: 'socialplan', tests: '7', failures: '4', skipped: '1' });
    const [clean, acme, missing] = root.children;
    expect(clean!.attributes).toMatchObject({ name: 'strategies/clean.yaml', tests: '1', failures: '0' });
    expect(clean!.children[0]!.attributes.name).toBe('valid strategy');
    expect(acme!.attributes).toMatchObject({ name: ACME, tests: '5', failures: '3', skipped: '1' });
    expect(missing!.children[0]!.attributes.name).toBe('file/unreadable strategies/missing.yaml');

    const cases = acme!.children;
    const hostile = cases.find((c) => c.attributes.name === `schema/unknown-key ${ACME}:8:5`)!;
    expect(hostile.attributes.classname).toBe('schema');
    expect(hostile.children[0]!.attributes).toEqual({ message: HOSTILE, type: 'error' });
    expect(hostile.children[0]!.text).toContain(HOSTILE);
    const lawful = cases.find((c) => c.attributes.name?.startsWith('privacy/lawful-basis'))!;
    expect(lawful.attributes.classname).toBe('privacy');
    expect(lawful.children[0]!.text).toContain('rationale: Processing without');
    expect(lawful.children[0]!.text).toContain('reference: GDPR art. 6(1)');
    const info = cases.find((c) => c.attributes.classname === 'communications')!;
    expect(info.children.map((c) => c.name)).toEqual(['system-out']);
    const waived = cases.find((c) => c.attributes.classname === 'legal')!;
    expect(waived.children[0]!.name).toBe('skipped');
    expect(waived.children[0]!.attributes.message).toBe('waived: Internal pilot only, no prizes (approved by Dana Okafor (Legal), expires 2027-01-31)');
  });

  it('strips characters XML 1.0 forbids', () => {
    const message = 'bell\u0007 nul\u0000 lone\uD800 surrogate \u{1F600} fine';
    const xml = output('junit', [{ file: 'a.yaml', valid: false, diagnostics: [{ ...DIAGNOSTICS[1]!, file: 'a.yaml', message }] }]);
    const failure = parseXml(xml).children[0]!.children[0]!.children[0]!;
    expect(failure.attributes.message).toBe('bell nul lone surrogate \u{1F600} fine');
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
    expect(headings).toEqual(['# socialplan check', '## Well-formedness', '## communications', '## privacy', '## Waived findings', '## Rules']);
    const waivedSection = md.slice(md.indexOf('## Waived findings'), md.indexOf('## Rules'));
    expect(waivedSection).toContain('| strategies/acme.yaml:25 | legal/contest-rules | Initiative Summer launch runs a contest without official rules. | Internal pilot only, no prizes | Dana Okafor (Legal) | 2027-01-31 |');
    expect(md.slice(0, md.indexOf('## Waived findings'))).not.toContain('legal/contest-rules');
    expect(md).toContain('| strategies/missing.yaml | error | file/unreadable |');
    expect(md).toContain('<https://gdpr-info.eu/art-13-gdpr/>');
  });
});
