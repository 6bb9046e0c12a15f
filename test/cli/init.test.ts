import * as pty from '@lydell/node-pty';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, lineOf, MINIMAL, ROOT, runCli, tempDir, type Run } from '../helpers.js';

const tmp = tempDir();
const SCHEMA_FILE = join(ROOT, 'schema', 'strategy.schema.json');
const NEEDS_TERMINAL = /init asks questions and needs a terminal; use --yes .* or --answers FILE/;

/** A fresh folder inside the test's temporary folder, so each test starts with nothing in it. */
let folders = 0;
function folder(): string {
  const dir = join(tmp.dir, `case-${++folders}`);
  mkdirSync(dir);
  return dir;
}

/** A user error: exit 2, one clear line, no stack trace, no internal error. */
function expectCleanFailure(run: Run): void {
  expect(run.status, run.stderr).toBe(2);
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  expect(run.stderr).not.toMatch(/internal error|this is a bug|TypeError|ReferenceError/);
  expect(run.stderr).toMatch(/^socialplan: /);
}

interface CheckReport {
  files: { file: string; valid: boolean; diagnostics: { ruleId: string; severity: string }[] }[];
}

/** `check --format json` on a file: well-formed means exit 0 or 1 (findings), never 2, and valid: true. */
function expectWellFormed(file: string, cwd: string): CheckReport {
  const run = runCli(['check', file, '--format', 'json'], { cwd });
  expect(run.stderr).toBe('');
  expect([0, 1], run.stdout.slice(0, 2000)).toContain(run.status);
  const report = JSON.parse(run.stdout) as CheckReport;
  expect(report.files).toHaveLength(1);
  expect(report.files[0]!.valid).toBe(true);
  expect(report.files[0]!.diagnostics.filter((d) => d.ruleId.startsWith('schema/') || d.ruleId.startsWith('yaml/') || d.ruleId.startsWith('reference/'))).toEqual([]);
  return report;
}

/** The binary in a real pseudo-terminal, so stdin is a TTY: only flags and CI can stop the prompts. */
function inTerminal(args: string[], cwd: string, env: Record<string, string> = {}) {
  let output = '';
  const child = pty.spawn(process.execPath, [BIN, ...args], {
    name: 'xterm-256color',
    cols: 120,
    rows: 40,
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TERM: 'xterm-256color', ...env },
  });
  child.onData((data) => (output += data));
  // A prompt that should not appear waits for input forever: the test's timeout catches it, not a stopwatch.
  const exited = new Promise<{ code: number }>((done) => child.onExit(({ exitCode }) => done({ code: exitCode })));
  return { child, exited, output: () => output };
}

async function waitFor(condition: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return condition();
}

function answersFile(dir: string, name: string, body: string): string {
  const file = join(dir, name);
  writeFileSync(file, `apiVersion: socialplan/v1\nkind: Answers\n${body}`);
  return file;
}

describe('socialplan init --yes', () => {
  it('writes a well-formed strategy with no terminal, its modeline pointing at the real schema', () => {
    const dir = folder();
    const run = runCli(['init', '--yes', '--out', 'x.yaml'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Wrote x\.yaml: 1 initiative, version 0\.1\.0, status draft\.$/m);
    expect(run.stdout).toContain('socialplan check x.yaml');

    const text = readFileSync(join(dir, 'x.yaml'), 'utf8');
    const modeline = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
    expect(modeline).not.toBeNull();
    const schemaPath = modeline![1]!;
    expect(schemaPath).toMatch(/^\.{1,2}\//);
    expect(resolve(dir, schemaPath)).toBe(SCHEMA_FILE);
    expect(existsSync(resolve(dir, schemaPath))).toBe(true);
    expect(JSON.parse(readFileSync(resolve(dir, schemaPath), 'utf8'))).toHaveProperty('$schema');

    expectWellFormed('x.yaml', dir);
    const strategy = parse(text);
    expect(strategy.metadata).toMatchObject({ version: '0.1.0', status: 'draft' });
    expect(strategy.metadata.history).toHaveLength(1);
    // No draft is left behind by a run that asked nothing.
    expect(readdirSync(dir)).toEqual(['x.yaml']);
  });

  it('writes a modeline that resolves from a nested output folder too', () => {
    const dir = folder();
    mkdirSync(join(dir, 'plans', 'social'), { recursive: true });
    const run = runCli(['init', '--yes', '--out', 'plans/social/strategy.yaml'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    const out = join(dir, 'plans', 'social', 'strategy.yaml');
    const schemaPath = /^# yaml-language-server: \$schema=(\S+)\n/.exec(readFileSync(out, 'utf8'))![1]!;
    expect(resolve(dirname(out), schemaPath)).toBe(SCHEMA_FILE);
    expectWellFormed(out, dir);
  });

  it('writes strategy.yaml when --out is not given', () => {
    const dir = folder();
    expect(runCli(['init', '--yes'], { cwd: dir }).status).toBe(0);
    expect(readdirSync(dir)).toEqual(['strategy.yaml']);
  });
});

describe('socialplan init without a terminal refuses at once', () => {
  it('with stdin from a pipe and neither --yes nor --answers: exit 2 at once, naming --yes and --answers', () => {
    const dir = folder();
    const run = runCli(['init', '--out', 'x.yaml'], { cwd: dir, input: '\n' });
    expectCleanFailure(run);
    expect(run.stderr).toMatch(NEEDS_TERMINAL);
    expect(run.stderr).toContain('--yes');
    expect(run.stderr).toContain('--answers');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('with --no-input: exit 2 at once, naming --yes and --answers', () => {
    const dir = folder();
    const run = runCli(['init', '--no-input', '--out', 'x.yaml'], { cwd: dir, input: '\n' });
    expectCleanFailure(run);
    expect(run.stderr).toMatch(NEEDS_TERMINAL);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('with CI=1: exit 2 at once, naming --yes and --answers', () => {
    const dir = folder();
    const run = runCli(['init', '--out', 'x.yaml'], { cwd: dir, input: '\n', env: { CI: '1' } });
    expectCleanFailure(run);
    expect(run.stderr).toMatch(NEEDS_TERMINAL);
    expect(readdirSync(dir)).toEqual([]);
  });

  // In a real terminal the pipe is no longer the reason: the flag, or CI, must be.
  it('in a terminal, --no-input still refuses at once', async () => {
    const dir = folder();
    const term = inTerminal(['init', '--no-input', '--out', 'x.yaml'], dir);
    const { code } = await term.exited;
    expect(code).toBe(2);
    expect(term.output()).toMatch(NEEDS_TERMINAL);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('in a terminal, CI=1 still refuses at once', async () => {
    const dir = folder();
    const term = inTerminal(['init', '--out', 'x.yaml'], dir, { CI: '1' });
    const { code } = await term.exited;
    expect(code).toBe(2);
    expect(term.output()).toMatch(NEEDS_TERMINAL);
  });

  it('in a terminal with neither, it does ask (so the two tests above test the flag and CI)', async () => {
    const dir = folder();
    const term = inTerminal(['init', '--out', 'x.yaml'], dir);
    try {
      expect(await waitFor(() => term.output().includes('What is the organisation called?'), 10_000), term.output()).toBe(true);
    } finally {
      term.child.kill();
      await term.exited;
    }
  });
});

describe('socialplan init: existing files, bad command lines, bad folders', () => {
  it('leaves an existing output byte-for-byte unchanged without --force, and replaces it with --force', () => {
    const dir = folder();
    expect(runCli(['init', '--yes', '--out', 'x.yaml'], { cwd: dir }).status).toBe(0);
    const file = join(dir, 'x.yaml');
    // The person has edited it since.
    writeFileSync(file, `${readFileSync(file, 'utf8')}# my own notes\nx-notes: keep me\n`);
    const before = readFileSync(file);

    const again = runCli(['init', '--yes', '--out', 'x.yaml'], { cwd: dir });
    expectCleanFailure(again);
    expect(again.stderr).toMatch(/x\.yaml already exists; nothing was changed \(use --force/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['x.yaml']);

    const forced = runCli(['init', '--yes', '--force', '--out', 'x.yaml'], { cwd: dir });
    expect(forced.status, forced.stderr).toBe(0);
    const after = readFileSync(file);
    expect(after.equals(before)).toBe(false);
    expect(after.toString('utf8')).not.toContain('my own notes');
    expect(after.toString('utf8')).toMatch(/^# yaml-language-server: \$schema=/);
    expectWellFormed('x.yaml', dir);
  });

  it('refuses --yes with --answers as a usage error, writing nothing', () => {
    const dir = folder();
    const answers = answersFile(dir, 'answers.yaml', 'organisation:\n  organization: Acme\n');
    const run = runCli(['init', '--yes', '--answers', answers, '--out', 'x.yaml'], { cwd: dir });
    expectCleanFailure(run);
    expect(run.stderr).toMatch(/--yes and --answers cannot be used together/);
    expect(existsSync(join(dir, 'x.yaml'))).toBe(false);
  });

  it('exits 2 cleanly when the output folder does not exist, creating nothing', () => {
    const dir = folder();
    const run = runCli(['init', '--yes', '--out', 'missing/x.yaml'], { cwd: dir });
    expectCleanFailure(run);
    expect(run.stderr).toMatch(/missing/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('socialplan init --answers', () => {
  it('writes a well-formed strategy for an external initiative in a regulated industry', () => {
    const dir = folder();
    const answers = answersFile(
      dir,
      'answers.yaml',
      [
        'organisation:',
        '  organization: Harbor Bank',
        '  regulatoryTags: [FIN, PUBCO]',
        '  jurisdictions: [US, US-CA, EU]',
        'initiatives:',
        '  - scope: external',
        '    name: Client care',
        '    stage: pilot',
        '    platform: LinkedIn Company Page',
        '    pixels: true',
        '    customAudiences: true',
        '    noticeUrl: https://harbor.example/privacy',
        '',
      ].join('\n'),
    );
    const run = runCli(['init', '--answers', answers, '--out', 'x.yaml'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const text = readFileSync(join(dir, 'x.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=/);
    expectWellFormed('x.yaml', dir);

    const strategy = parse(text);
    expect(strategy.metadata).toMatchObject({ organization: 'Harbor Bank', regulatoryTags: ['FIN', 'PUBCO'], jurisdictions: ['US', 'US-CA', 'EU'], currency: 'USD' });
    const initiative = strategy.initiatives[0];
    expect(initiative).toMatchObject({ id: 'client-care', scope: 'external', stage: 'pilot', platforms: ['linkedin-company-page'] });
    expect(initiative.supervision.preApproval).toBe('principal');
    expect(initiative.supervision.postReview.samplePct).toBe(10);
    expect(initiative.personalData.tracking).toMatchObject({ pixels: true, customAudiences: true, consent: 'prior-consent' });
    expect(initiative.personalData.lawfulBasis).toBe('consent');
    expect(initiative.personalData.noticeUrl).toBe('https://harbor.example/privacy');
    expect(initiative.content).toEqual({ materialInformation: false });
    expect(initiative.records.retentionYears).toBe(3); // a broker-dealer's 17a-4(b)(4) minimum, as the help says
    expect(strategy.platforms.map((p: { id: string }) => p.id)).toEqual(['linkedin-company-page']);
  });

  it('refuses a misspelt key with file:line:col, writing nothing', () => {
    const dir = folder();
    const answers = answersFile(dir, 'typo.yaml', 'organisaton:\n  organization: Acme\n');
    const run = runCli(['init', '--answers', 'typo.yaml', '--out', 'x.yaml'], { cwd: dir });
    expectCleanFailure(run);
    expect(run.stderr).toContain(`typo.yaml:${lineOf(readFileSync(answers, 'utf8'), 'organisaton:')}:1: `);
    expect(run.stderr).toMatch(/unknown key "organisaton".*did you mean "organisation"\?/);
    expect(readdirSync(dir)).toEqual(['typo.yaml']);
  });

  it('refuses an answer of the wrong type with file:line:col, writing nothing', () => {
    const dir = folder();
    const answers = answersFile(dir, 'type.yaml', 'initiatives:\n  - scope: external\n    audienceSize: lots\n');
    const run = runCli(['init', '--answers', 'type.yaml', '--out', 'x.yaml'], { cwd: dir });
    expectCleanFailure(run);
    const text = readFileSync(answers, 'utf8');
    const column = text.split('\n')[lineOf(text, 'audienceSize:') - 1]!.indexOf('lots') + 1;
    expect(run.stderr).toContain(`type.yaml:${lineOf(text, 'audienceSize:')}:${column}: `);
    expect(run.stderr).toMatch(/audienceSize must be a number, not a string \("lots"\)/);
    expect(readdirSync(dir)).toEqual(['type.yaml']);
  });

  it('refuses an answer the questionnaire refuses (an impossible date) at its place in the answers file', () => {
    const dir = folder();
    const answers = answersFile(dir, 'date.yaml', 'initiatives:\n  - stage: pilot\n    ends: 2026-02-30\n');
    const run = runCli(['init', '--answers', 'date.yaml', '--out', 'x.yaml'], { cwd: dir });
    expectCleanFailure(run);
    expect(run.stderr).toContain(`date.yaml:${lineOf(readFileSync(answers, 'utf8'), 'ends:')}:`);
    expect(run.stderr).toMatch(/YYYY-MM-DD/);
    expect(readdirSync(dir)).toEqual(['date.yaml']);
  });

  it('refuses two initiatives with the same id', () => {
    const dir = folder();
    answersFile(dir, 'dup.yaml', 'goals:\n  - statement: Grow\ninitiatives:\n  - id: care\n  - id: care\n');
    const run = runCli(['init', '--answers', 'dup.yaml', '--out', 'x.yaml'], { cwd: dir });
    expectCleanFailure(run);
    expect(run.stderr).toMatch(/dup\.yaml:\d+:\d+: .*another initiative already has the id "care"/);
    expect(readdirSync(dir)).toEqual(['dup.yaml']);
  });

  // BUG (src/questionnaire/build.ts, buildInitiative): the outcome KPI's id is slugify(kpiMetric) and the
  // qualitative KPI's id is always "qualitative"; a metric named "Qualitative" (or "qualitative!") gives
  // both the same id, the draft fails parseStrategy with reference/duplicate-id, and init reports an
  // "internal error ... this is a bug" instead of writing the file.
  it('drafts a strategy whose outcome metric is called "Qualitative"', () => {
    const dir = folder();
    answersFile(dir, 'kpi.yaml', 'initiatives:\n  - kpiMetric: Qualitative\n');
    const run = runCli(['init', '--answers', 'kpi.yaml', '--out', 'x.yaml'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  // BUG (src/cli/commands/init.ts with src/questionnaire/answers-file.ts): references in an answers file
  // are not checked against the answers (initiatives[].supports, objectives[].supports,
  // leadership.channels), so an unknown one makes the drafted strategy invalid and init ends with
  // "internal error: the questionnaire produced an invalid strategy ... this is a bug" rather than a
  // file:line:col in the answers file.
  it('refuses an initiative that supports an IT objective the answers do not have, at its place in the answers file', () => {
    const dir = folder();
    const answers = answersFile(dir, 'refs.yaml', 'initiatives:\n  - supports: [IT9]\n');
    const run = runCli(['init', '--answers', 'refs.yaml', '--out', 'x.yaml'], { cwd: dir });
    expectCleanFailure(run);
    expect(run.stderr).toContain(`refs.yaml:${lineOf(readFileSync(answers, 'utf8'), 'supports:')}:`);
  });
});

/** A strategy as a person keeps it: a comment above every section, inline comments, flow-style lists. */
const COMMENTED = `# yaml-language-server: $schema=../schema/strategy.schema.json
# Our social strategy, edited by hand.

# The format.
apiVersion: socialplan/v1 # format version
kind: SocialStrategy # always this

# Who we are.
metadata: # about this strategy
  name: minimal # machine name
  title: Minimal strategy
  organization: Example Ltd
  regulatoryTags: [FIN] # broker-dealer
  jurisdictions: [US, EU] # where we are
  owner: { name: Ada Lovelace, role: CIO } # the CIO
  version: 0.1.0
  status: draft

# Why we do it.
alignment: # goals first
  businessGoals:
    - { id: BG1, statement: Serve customers faster. } # the one goal
  itObjectives:
    - { id: IT1, statement: Answer customers where they are., supports: [BG1] } # the one objective

# What we do.
initiatives: # the work
  - id: care # customer care
    name: Customer care
    scope: external
    stage: run
    supports: [IT1] # traced
    platforms: [linkedin] # one platform
    personalData:
      lawfulBasis: legitimate-interests # GDPR art. 6

# Where we do it.
platforms: # the accounts
  - { id: linkedin, name: LinkedIn page, mfa: true } # company page

# How it is run.
governance: # the rules
  model: hub-and-spoke # central team
  approvedChannels: [linkedin] # only these

# Who signs.
stakeholders: # sign-offs
  privacy: { owner: Grace Hopper, role: DPO } # privacy lead
# The end.
`;

function commentOf(line: string): string | undefined {
  return /(?:^|\s)(#.*)$/.exec(line)?.[1];
}

/** Flow collections as the yaml library writes them (`[ a, b ]`) or as people do (`[a, b]`): the same. */
function unpadded(line: string): string {
  return line.replace(/\[ /g, '[').replace(/ \]/g, ']');
}

describe('socialplan add initiative', () => {
  function commented(): { dir: string; file: string } {
    const dir = folder();
    const file = join(dir, 's.yaml');
    writeFileSync(file, COMMENTED);
    expectWellFormed('s.yaml', dir);
    return { dir, file };
  }

  it('appends an initiative and its platform, keeping every comment, and the file stays well-formed', () => {
    const { dir, file } = commented();
    const run = runCli(['add', 'initiative', 's.yaml', '--yes'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      'Added initiative employee-knowledge-network (Employee knowledge network) to s.yaml, with the new platform microsoft-viva-engage (approve it in governance.approvedChannels once Records agrees).\nNext: socialplan check s.yaml\n',
    );

    const after = readFileSync(file, 'utf8');
    const lines = after.split('\n');
    const original = COMMENTED.split('\n');
    // Every whole-line comment, verbatim.
    for (const line of original.filter((l) => /^\s*#/.test(l))) expect(lines, line).toContain(line);
    // Every comment's text, once each, in the same order.
    const comments = original.map(commentOf).filter(Boolean);
    expect(lines.map(commentOf).filter(Boolean)).toEqual(comments);
    // An inline comment on a value stays on its line, and a flow list stays a flow list.
    for (const line of original.filter((l) => !/^\s*#/.test(l) && commentOf(l) && !/^\s*[\w-]+: #/.test(l))) {
      expect(lines.map(unpadded), line).toContain(unpadded(line));
    }

    const strategy = parse(after);
    expect(strategy.initiatives.map((i: { id: string }) => i.id)).toEqual(['care', 'employee-knowledge-network']);
    expect(strategy.platforms.map((p: { id: string }) => p.id)).toEqual(['linkedin', 'microsoft-viva-engage']);
    // The organisation's tags shape the new initiative: FIN keeps records 3 years by default (17a-4(b)(4)).
    expect(strategy.initiatives[1].records.retentionYears).toBe(3);
    expect(strategy.initiatives[1].supports).toEqual(['IT1']);
    expectWellFormed('s.yaml', dir);
  });

  // BUG (src/model/edit.ts, openForEdit + doc.toString in src/cli/commands/add.ts): re-serialising the
  // Document moves an inline comment on a block collection's key onto its own line
  // (`metadata: # about this strategy` becomes `metadata:` + `  # about this strategy`) and pads flow
  // lists (`[US, EU]` becomes `[ US, EU ]`), so lines the person wrote change although the comments survive.
  it('keeps every line that carries a comment verbatim', () => {
    const { dir, file } = commented();
    expect(runCli(['add', 'initiative', 's.yaml', '--yes'], { cwd: dir }).status).toBe(0);
    const lines = readFileSync(file, 'utf8').split('\n');
    for (const line of COMMENTED.split('\n').filter((l) => commentOf(l))) expect(lines, line).toContain(line);
  });

  it('adds only the initiative when its platform (answered by id) is already there', () => {
    const { dir, file } = commented();
    const answers = answersFile(dir, 'a.yaml', 'initiatives:\n  - scope: external\n    name: Recruiting\n    platform: linkedin\n');
    const run = runCli(['add', 'initiative', 's.yaml', '--answers', answers], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Added initiative recruiting \(Recruiting\) to s\.yaml\.$/m);
    const strategy = parse(readFileSync(file, 'utf8'));
    expect(strategy.platforms.map((p: { id: string }) => p.id)).toEqual(['linkedin']);
    expect(strategy.initiatives[1]).toMatchObject({ id: 'recruiting', scope: 'external', platforms: ['linkedin'] });
    expectWellFormed('s.yaml', dir);
  });

  // BUG (src/cli/commands/add.ts, `known`/`newPlatforms`): an existing platform is recognised only when
  // slugify(answer) equals its id. Answering its name, "LinkedIn page" (the platform question asks
  // "Which platform or account does it use?"), adds a second platform `linkedin-page` named "LinkedIn
  // page" beside `linkedin`, and the new initiative points at the duplicate.
  it('adds only the initiative when its platform (answered by name) is already there', () => {
    const { dir, file } = commented();
    const answers = answersFile(dir, 'a.yaml', 'initiatives:\n  - scope: external\n    name: Recruiting\n    platform: LinkedIn page\n');
    const run = runCli(['add', 'initiative', 's.yaml', '--answers', answers], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    const strategy = parse(readFileSync(file, 'utf8'));
    expect(strategy.platforms.map((p: { id: string }) => p.id)).toEqual(['linkedin']);
    expect(strategy.initiatives[1].platforms).toEqual(['linkedin']);
  });

  it('offers the platforms in the file by name, and asks about a new platform only', () => {
    const { dir, file } = commented();
    const answers = answersFile(
      dir,
      'a.yaml',
      [
        'initiatives:',
        '  - { scope: external, name: Recruiting, knownPlatforms: [LinkedIn page], platform: TikTok }',
        'platforms:',
        '  - { platform: TikTok, accountOwner: Talent acquisition lead, companyOwned: true }',
        '',
      ].join('\n'),
    );
    const run = runCli(['add', 'initiative', 's.yaml', '--answers', answers], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    const strategy = parse(readFileSync(file, 'utf8'));
    expect(strategy.initiatives[1].platforms).toEqual(['linkedin', 'tiktok']);
    expect(strategy.platforms.map((p: { id: string }) => p.id)).toEqual(['linkedin', 'tiktok']);
    expect(strategy.platforms[1]).toMatchObject({ name: 'TikTok', accountOwner: 'Talent acquisition lead', companyOwned: true });
    // The platform already in the file is not asked about again: answers for it are refused.
    const again = answersFile(dir, 'b.yaml', 'initiatives:\n  - { scope: external, name: Careers, knownPlatforms: [LinkedIn page] }\nplatforms:\n  - { platform: LinkedIn page, companyOwned: false }\n');
    const refusedRun = runCli(['add', 'initiative', 's.yaml', '--answers', again], { cwd: dir });
    expectCleanFailure(refusedRun);
    // At its line and column in the answers file, as init reports it.
    expect(refusedRun.stderr).toMatch(/b\.yaml:\d+:\d+: platforms\.0\.platform: "LinkedIn page" is not among those asked about here \(none\)/);
  });

  it('refuses an initiative id the file already has, leaving the file unchanged', () => {
    const { dir, file } = commented();
    const answers = answersFile(dir, 'a.yaml', 'initiatives:\n  - id: care\n    name: Care again\n');
    const before = readFileSync(file);
    const run = runCli(['add', 'initiative', 's.yaml', '--answers', answers], { cwd: dir });
    expectCleanFailure(run);
    expect(run.stderr).toMatch(/a\.yaml:\d+:\d+: .*another initiative already has the id "care"/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a malformed strategy file, leaving it unchanged', () => {
    const dir = folder();
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, MINIMAL.replace('scope: external', 'scope: [unclosed'));
    const before = readFileSync(file);
    const run = runCli(['add', 'initiative', 'bad.yaml', '--yes'], { cwd: dir });
    expectCleanFailure(run);
    expect(run.stderr).toMatch(/bad\.yaml:\d+:\d+: /);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is well-formed YAML but not a valid strategy, leaving it unchanged', () => {
    const dir = folder();
    const file = join(dir, 'invalid.yaml');
    writeFileSync(file, MINIMAL.replace('scope: external', 'scope: extern'));
    const before = readFileSync(file);
    const run = runCli(['add', 'initiative', 'invalid.yaml', '--yes'], { cwd: dir });
    expectCleanFailure(run);
    expect(run.stderr).toMatch(/invalid\.yaml:\d+:\d+: .*scope/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses --yes with --answers, and a missing file, cleanly', () => {
    const { dir } = commented();
    const answers = answersFile(dir, 'a.yaml', 'initiatives:\n  - name: X\n');
    expectCleanFailure(runCli(['add', 'initiative', 's.yaml', '--yes', '--answers', answers], { cwd: dir }));
    expectCleanFailure(runCli(['add', 'initiative', 'nope.yaml', '--yes'], { cwd: dir }));
  });

  it('with stdin from a pipe and neither --yes nor --answers: exit 2 at once, file unchanged', () => {
    const { dir, file } = commented();
    const before = readFileSync(file);
    const run = runCli(['add', 'initiative', 's.yaml'], { cwd: dir, input: '\n' });
    expectCleanFailure(run);
    expect(run.stderr).toMatch(/--yes.*--answers/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
