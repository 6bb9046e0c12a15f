import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, tempFolders, type Run } from '../helpers.js';
import { validateSarif } from '../validators.js';

/**
 * A strategy written by an attacker, in a pull request that CI checks: every free text field holds a
 * forged GitHub Actions command on a line of its own, a CR, ESC sequences (CSI and OSC), the C1 CSI, a
 * NUL and every bidirectional control. Whatever socialplan prints must show them, never obey them.
 */

const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
const FORGED = '\n::error file=README.md,line=1::PWNED';
const HOSTILE = `x${FORGED}\n::add-mask::ghp_x\rover\u001b[2J\u001b]0;title\u0007\u009b31m\u0000nul${BIDI.join('')}\u2028\u2029end`;

/** A YAML double-quoted scalar: named escapes where YAML has them (\0, \e, \a), bidirectional controls raw, as Trojan Source writes them. */
function quoted(text: string): string {
  const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\0': '\\0', '\u001b': '\\e', '\u0007': '\\a', '"': '\\"', '\\': '\\\\' };
  return `"${[...text]
    .map((ch) => named[ch] ?? (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(ch) ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}` : ch))
    .join('')}"`;
}

const H = quoted(HOSTILE);
/** The same as a command-line argument, which cannot hold a NUL. */
const ARG = HOSTILE.replace('\0', '');
/** Kept raw in the file, so the quoted source line itself holds bidirectional controls. */
const RAW_BIDI_NAME = `Care ${BIDI.join('')} desk`;

function strategy(version: string, target: number, extra = ''): string {
  return `apiVersion: socialplan/v1
kind: SocialStrategy
metadata:
  name: hostile
  title: ${H}
  organization: ${H}
  owner: { name: ${H}, role: CIO }
  version: ${version}
  status: in-review
  currency: EUR
  history:
    - { version: ${version}, date: 2026-01-10, author: ${H}, summary: ${H} }
alignment:
  businessGoals:
    - { id: BG1, statement: ${H} }
  itObjectives:
    - { id: IT1, statement: ${H}, supports: [BG1] }
initiatives:
  - id: care
    name: ${H}
    scope: external
    stage: pilot
    supports: [IT1]
    platforms: [linkedin]
    ${quoted(`x-${HOSTILE}`)}: ${H}
    personalData:
      lawfulBasis: legitimate-interests
    kpis:
      - { id: speed, kind: quantitative, metric: ${H}, category: outcome, baseline: 10, target: ${target}, unit: ${H}, cadence: monthly, source: ${H} }
    roi:
      horizonMonths: 12
      costs: [{ item: ${H}, amount: 1000, recurrence: monthly }]
      benefits: [{ item: ${H}, amount: 1500, recurrence: monthly, basis: ${H} }]
  - id: desk
    name: ${RAW_BIDI_NAME}
    scope: internal
    stage: idea
    supports: [IT1]
    platforms: [linkedin]
platforms:
  - { id: linkedin, name: ${H} }
stakeholders:
  privacy: { owner: ${H} }
signoffs:
  - { stakeholder: privacy, by: ${H}, date: 2026-01-11, decision: approved, version: ${H}, note: ${H} }
waivers:
  - { rule: records/capture-method, initiative: care, reason: ${H}, approvedBy: ${H}, expires: 2099-01-31 }
boardDecisions:
  - { decision: ${H} }
${extra}`;
}

const CHECKLIST = `apiVersion: socialplan/v1
kind: Checklist
id: hostile
stakeholder: hostile
title: ${H}
rules:
  - id: hostile/named
    severity: error
    title: ${H}
    given: initiatives[*]
    then: { field: x-nothing, function: defined }
    message: ${quoted(`Initiative {{name}} (${HOSTILE}) is named.`)}
    rationale: ${H}
    reference: ${H}
    fix: ${H}
  - id: hostile/desk-name
    severity: warning
    given: initiatives[*]
    when: { field: id, function: equals, value: desk }
    then: { field: name, function: equals, value: Desk }
    message: The desk's name is {{name}}.
`;

const tmp = tempDir();
const folder = tempFolders();
const NEW = tmp.write('strategy.yaml', strategy('1.1.0', 2));
const OLD = tmp.write('old.yaml', strategy('1.0.0', 4, `x-${'note'}: ${H}\n`));
const LIST = tmp.write('checklist.yaml', CHECKLIST);
const ACTUALS = tmp.write('actuals.csv', 'initiative,kpi,date,value\ncare,speed,2026-02-28,8\ncare,speed,2026-03-31,6\n');
const AS_OF = ['--as-of', '2026-04-15'];

/** Every character that must never reach a terminal or a CI log raw. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** socialplan's own colours (chalk at level 1), the only escape sequences it may print. */
const OWN_SGR = /\x1b\[(?:1|2|22|31|32|33|34|39)m/g;
/** One of socialplan's own GitHub Actions annotations. */
const ANNOTATION = /^::(error|warning|notice) file=[^:,\r\n]*(,\w+=[^:,\r\n]*)*::/;

/** No line the attacker starts, no raw control (but socialplan's own newlines and, when painting, its colours). */
function expectSafe(text: string, { colour = false, github = false } = {}): void {
  const shown = colour ? text.replace(OWN_SGR, '') : text;
  expect(shown).not.toMatch(CONTROL);
  expect(shown).not.toContain('\u001b');
  expect(shown).not.toContain('\r');
  for (const line of shown.split('\n')) {
    if (!line.startsWith('::')) continue;
    expect(github, `a line starts with "::": ${line}`).toBe(true);
    expect(line).toMatch(ANNOTATION);
  }
}

function ok(run: Run, status = 0): Run {
  expect(run.stderr).not.toMatch(/internal error/);
  expect(run.status, run.stderr).toBe(status);
  expectSafe(run.stdout);
  expectSafe(run.stderr);
  return run;
}

function xmlChars(xml: string): void {
  // XML 1.0's Char production: tab, LF, CR and everything from U+0020 but surrogates, U+FFFE and U+FFFF.
  expect(xml).toMatch(/^[\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u);
  expect(XMLValidator.validate(xml)).toBe(true);
}

const check = (...args: string[]) => runCli(['check', NEW, '--checklist', LIST, ...AS_OF, ...args]);

describe('check on a hostile strategy', () => {
  it('stylish shows the forged lines and controls as escapes, on the finding’s own line', () => {
    const run = ok(check(), 1);
    expect(run.stdout).toContain('x\\n::error file=README.md,line=1::PWNED\\n::add-mask::ghp_x\\rover\\u001b[2J\\u001b]0;title\\u0007\\u009b31m\\u0000nul\\u202a');
    expect(run.stdout).toContain('waived: x\\n::error');
    // The source line is quoted with its bidirectional controls escaped.
    expect(run.stdout).toContain('name: Care \\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c desk');
  });

  it.each([
    ['FORCE_COLOR', ['check', NEW, '--checklist', LIST, ...AS_OF], { FORCE_COLOR: '1' }],
    ['--color', ['--color', 'check', NEW, '--checklist', LIST, ...AS_OF], {}],
  ] as const)('stylish with colour (%s) paints only socialplan’s own colours', (_, args, env) => {
    const run = runCli([...args], { env });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(OWN_SGR);
    expectSafe(run.stdout, { colour: true });
    expect(run.stdout).toContain('\\u001b[2J');
  });

  it('github writes one annotation per finding, the forged commands encoded inside its message', () => {
    const run = check('--format', 'github');
    expect(run.status).toBe(1);
    expectSafe(run.stdout, { github: true });
    const lines = run.stdout.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(ANNOTATION);
    expect(run.stdout).toContain('%0A::error file=README.md,line=1::PWNED%0A::add-mask::ghp_x%0Dover\\u001b[2J');
  });

  it('markdown shows the controls as escapes, not as raw characters or HTML entities', () => {
    const run = ok(check('--format', 'markdown'), 1);
    expect(run.stdout).toContain('\\\\u202e');
    expect(run.stdout).not.toMatch(/&#x?(0*(8238|202e|27|1b|155|9b));/i);
  });

  it('junit is well-formed XML 1.0 with every control shown', () => {
    const run = ok(check('--format', 'junit'), 1);
    xmlChars(run.stdout);
    expect(run.stdout).toContain('\\u001b[2J');
    expect(run.stdout).toContain('\\u202e');
  });

  it.each(['json', 'gitlab', 'sarif'])('%s parses back to the original text, with no control raw in the file', (format) => {
    const run = ok(check('--format', format), 1);
    expect(run.stdout).toContain('\\u202e');
    expect(run.stdout).toContain('\\u2028');
    const data: unknown = JSON.parse(run.stdout);
    expect(JSON.stringify(data)).toContain(JSON.stringify(`Initiative ${HOSTILE}`).slice(1, -1));
    if (format === 'sarif') {
      const result = validateSarif(data);
      expect(result.errors).toBe('No errors');
      expect(result.valid).toBe(true);
    }
  });

  it('a file named with a forged command and controls is shown escaped', () => {
    const named = tmp.write(`bad${FORGED}\u202e.yaml`, strategy('1.1.0', 2));
    for (const format of ['stylish', 'markdown']) expectSafe(runCli(['check', named, '--format', format, ...AS_OF]).stdout);
    expectSafe(runCli(['check', named, '--format', 'github', ...AS_OF]).stdout, { github: true });
    xmlChars(runCli(['check', named, '--format', 'junit', ...AS_OF]).stdout);
  });

  it('an unknown key with controls is reported on one line, the key escaped', () => {
    const file = tmp.write('invalid.yaml', strategy('1.1.0', 2).replace('    scope: external', `    ${quoted(`lawful${HOSTILE}`)}: 1\n    scope: external`));
    const run = ok(runCli(['check', file, ...AS_OF]), 2);
    expect(run.stdout).toMatch(/error: unknown key "lawfulx\\n::error file=README\.md,line=1::PWNED.*\[schema\/unknown-key\]/);
  });
});

describe('a source line too long for a screen', () => {
  it('is cut around the reported column, the caret still under it', () => {
    const file = tmp.write('deep.yaml', `x-deep: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    const run = runCli(['check', file]);
    expect(run.status).toBe(2);
    const lines = run.stdout.split('\n');
    const [, source, caret] = lines;
    expect(source!.length).toBeLessThan(140);
    expect(source).toMatch(/^ {2}1 \| …\[+…$/);
    const column = Number(/:1:(\d+): error/.exec(lines[0]!)![1]);
    expect(caret!.indexOf('^')).toBeGreaterThan(0);
    expect(source!.charAt(caret!.indexOf('^'))).toBe('[');
    expect(column).toBeGreaterThan(200);
  });
});

describe('roi, measure and diff on a hostile strategy', () => {
  it.each(['table', 'markdown'])('roi --format %s', (format) => {
    const run = ok(runCli(['roi', NEW, '--format', format]));
    expect(run.stdout).toContain('PWNED');
  });

  it('roi --format json holds the original name', () => {
    const run = ok(runCli(['roi', NEW, '--format', 'json']));
    expect(run.stdout).toContain('\\u202e');
    expect((JSON.parse(run.stdout) as { initiatives: { name: string }[] }).initiatives[0]!.name).toBe(HOSTILE);
  });

  it.each(['table', 'markdown', 'json'])('measure --format %s', (format) => {
    const run = ok(runCli(['measure', NEW, '--actuals', ACTUALS, '--format', format, ...AS_OF]));
    if (format === 'json') expect((JSON.parse(run.stdout) as { kpis: { unit: string }[] }).kpis[0]!.unit).toBe(HOSTILE);
    else expect(run.stdout).toContain('PWNED');
  });

  it('measure names an unknown initiative in a row on one line of stderr', () => {
    const bad = tmp.write('bad.csv', `initiative,kpi,date,value\n${JSON.stringify(`care${FORGED}\u001b[2J\u202e`)},speed,2026-02-28,8\n`);
    const run = ok(runCli(['measure', NEW, '--actuals', bad, ...AS_OF]), 2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each(['text', 'markdown'])('diff --format %s', (format) => {
    const run = ok(runCli(['diff', OLD, NEW, '--checklist', LIST, '--format', format]));
    expect(run.stdout).toContain('PWNED');
  });

  it('diff --format json holds the original text', () => {
    const run = ok(runCli(['diff', OLD, NEW, '--checklist', LIST, '--format', 'json']));
    expect(run.stdout).toContain('\\u202e');
    expect(JSON.stringify(JSON.parse(run.stdout))).toContain(JSON.stringify(HOSTILE).slice(1, -1));
  });
});

describe('checklists, explain and render with a hostile checklist', () => {
  it.each([
    ['checklists', ['checklists', '--checklist', LIST]],
    ['checklists json', ['checklists', '--checklist', LIST, '--format', 'json']],
    ['explain', ['explain', 'hostile/named', '--checklist', LIST]],
  ])('%s', (_, args) => {
    const run = ok(runCli(args));
    expect(run.stdout).toContain('PWNED');
  });

  it('render writes briefings with every control shown, and says so on one line per file', () => {
    const out = join(tmp.dir, 'briefings');
    const run = ok(runCli(['render', NEW, '--checklist', LIST, '--out', out, ...AS_OF]));
    expect(run.stdout).toMatch(/^Wrote \d+ briefings/);
    const files = readdirSync(out);
    expect(files).toContain('hostile.md');
    for (const file of files) {
      const text = readFileSync(join(out, file), 'utf8');
      expect(text, file).not.toMatch(CONTROL);
      expect(text, file).not.toMatch(/&#x?(0*(8238|202e|27|1b|155|9b));/i);
    }
    expect(readFileSync(join(out, 'board-briefing.md'), 'utf8')).toContain('u202e');
  });
});

describe('commands that confirm what they wrote', () => {
  it('init --yes lists a hostile checklist’s asks escaped', () => {
    const dir = folder();
    // A config's checklists live beside it (in its folder, outside git).
    dir.write('checklist.yaml', CHECKLIST);
    dir.write('socialplan.config.yaml', 'apiVersion: socialplan/v1\nkind: Config\nchecklists: [checklist.yaml]\n');
    const run = ok(runCli(['init', '--yes', '--out', 'strategy.yaml'], { cwd: dir.dir }));
    expect(run.stdout).toContain('PWNED');
  });

  it('bump, signoff and migrate print what they did on one line each', () => {
    const file = tmp.write('signed.yaml', strategy('1.1.0', 2));
    const bump = ok(runCli(['bump', 'minor', file, '-m', ARG, '--author', ARG, '--date', '2026-04-01']));
    expect(bump.stdout).toContain('PWNED');
    const signoff = ok(runCli(['signoff', 'privacy', file, '--by', ARG, '--date', '2026-04-02']));
    // The sign-off, then a note that the signer is not the owner the strategy names: both names escaped.
    const [done, note, ...rest] = signoff.stdout.trimEnd().split('\n');
    expect(done).toMatch(/: Privacy approved by x\\n::error file=README\.md,line=1::PWNED/);
    expect(note).toMatch(/^Note: the strategy names x\\n::error/);
    expect(rest).toEqual([]);
    ok(runCli(['migrate', file]));
  });

  it('add initiative names the new initiative escaped', () => {
    const file = tmp.write('add.yaml', strategy('1.1.0', 2));
    const answers = tmp.write('answers.yaml', `apiVersion: socialplan/v1\nkind: Answers\ninitiatives:\n  - { scope: external, name: ${H}, stage: pilot }\n`);
    const run = ok(runCli(['add', 'initiative', file, '--answers', answers]));
    expect(run.stdout).toMatch(/^Added initiative [\w-]+ \(x\\n::error file=README\.md,line=1::PWNED/);
  });

  it('usage errors quote a hostile argument on one line', () => {
    const run = ok(runCli(['roi', NEW, '--initiative', ARG]), 2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    const date = ok(runCli(['check', NEW, '--as-of', ARG]), 2);
    expect(date.stderr.trimEnd().split('\n')).toHaveLength(1);
    // Commander words this one, quoting the argument raw: the CLI's last escaping pass shows it.
    const unknown = ok(runCli(['check', NEW, `--x${FORGED}\u001b[2J\u202e`]), 2);
    expect(unknown.stderr).toContain('--x\\n::error file=README.md,line=1::PWNED\\u001b[2J\\u202e');
  });
});

