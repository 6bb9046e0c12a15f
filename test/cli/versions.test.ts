import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { edit, MINIMAL, ROOT, runCli, tempDir, type Run } from '../helpers.js';

/**
 * Versions and sign-offs end to end: the built binary in temporary git repositories, on copies of
 * examples/portfolio.yaml and the minimal fixture. Every editing command must leave the bytes it
 * does not mean to change, and every mistake must be one line on stderr with the file untouched.
 */

const PORTFOLIO = readFileSync(join(ROOT, 'examples', 'portfolio.yaml'), 'utf8');
const AS_OF = ['--as-of', '2026-11-25'];
const PRIVACY_OWNER = 'Sinéad Gallagher';
const CORE_OWNERS: [string, string][] = [
  ['privacy', PRIVACY_OWNER],
  ['compliance', 'Rajesh Menon'],
  ['legal', 'Catherine Albrecht'],
  ['records', 'Daniel Osei'],
  ['communications', 'Laura Bianchi'],
];
/** The privacy-read field the tests change (the brief: privacy reads initiatives[*].personalData.ropaId). */
const ROPA_BEFORE = 'ropaId: ROPA-CX-019 (draft)';
const ROPA_AFTER = 'ropaId: ROPA-CX-020';
const ROPA_PATH = 'initiatives[family-forum].personalData.ropaId';

const tmp = tempDir();
/** An empty home, no system config and no repository above the temp folder: git knows only what a test tells it. */
const HOME = join(tmp.dir, 'home');
mkdirSync(HOME);
const ENV = { HOME, GIT_CONFIG_NOSYSTEM: '1', GIT_CEILING_DIRECTORIES: tmp.dir };

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', ...ENV, LC_ALL: 'C', GIT_AUTHOR_DATE: '2026-11-25T12:00:00Z', GIT_COMMITTER_DATE: '2026-11-25T12:00:00Z' },
  });
}

/** A fresh repository holding `files`, committed once, with a local user.name only. */
function repo(name: string, files: Record<string, string>): string {
  const dir = join(tmp.dir, name);
  mkdirSync(dir);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'Robin Tester');
  git(dir, 'config', 'user.email', 'robin@example.test');
  git(dir, 'config', 'commit.gpgsign', 'false');
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'first version');
  return dir;
}

/** A folder outside any repository. */
function folder(name: string, files: Record<string, string> = {}): string {
  const dir = join(tmp.dir, name);
  mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

function sp(cwd: string, ...args: string[]): Run {
  return runCli(args, { cwd, env: ENV });
}

function read(dir: string, file = 'p.yaml'): string {
  return readFileSync(join(dir, file), 'utf8');
}

function write(dir: string, text: string, file = 'p.yaml'): void {
  writeFileSync(join(dir, file), text);
}

function ok(run: Run): string {
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

/** A refusal: exit 2, exactly one line on stderr starting "socialplan:", nothing on stdout, no stack trace. */
function expectRefused(run: Run, message: RegExp): void {
  expect(run.stderr).toMatch(/^socialplan: [^\n]+\n$/);
  expect(run.stderr).toMatch(message);
  expect(run.stdout + run.stderr).not.toContain('    at ');
  expect(run.stdout + run.stderr).not.toMatch(/internal error|TypeError|ReferenceError/);
  expect(run.stdout).toBe('');
  expect(run.status).toBe(2);
}

interface History {
  version: string;
  date: string;
  author: string;
  summary: string;
}
interface Signoff {
  stakeholder: string;
  by: string;
  date: string;
  decision: string;
  note?: string;
  version: string;
  digest: string;
}
interface Doc {
  metadata: { version: string; history?: History[] };
  signoffs?: Signoff[];
}
const doc = (text: string) => parse(text) as Doc;

/** The lines of check's output that are sign-off findings. */
function signoffLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => /\[signoff\/[a-z-]+\]$/.test(l));
}

function markdownProblems(text: string): string[] {
  const result = lint({ strings: { diff: text }, config: { default: true } });
  return (result.diff ?? []).map((e) => `${e.lineNumber} ${e.ruleNames.join('/')} ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ''}`);
}

const today = () => new Date().toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------------------------------------

describe('socialplan bump', () => {
  /** The portfolio with comments added at the top, inline, inside lists and at the end. */
  const COMMENTED = [
    ['# yaml-language-server', '# Top: kept by every bump.\n# yaml-language-server'],
    ['  version: 2.3.1\n', '  version: 2.3.1   # raised only by socialplan bump\n'],
    ['  history:\n', '  history:\n    # newest first\n'],
    ['    - { version: 2.3.0,', '    # 2.3.0 brought the family forum in\n    - { version: 2.3.0,'],
    ['  - id: expert-network\n', '  - id: expert-network   # the oldest initiative\n'],
    ['      ropaId: ROPA-IT-044\n', '      ropaId: ROPA-IT-044   # RoPA register, IT section\n'],
  ].reduce((text, [find, replace]) => edit(text, find!, replace!), PORTFOLIO) + '# End: nothing after this line.\n';
  /** Every comment in the file, from its `#` to the end of its line. */
  const COMMENTS = COMMENTED.split('\n').filter((l) => l.includes('#')).map((l) => l.slice(l.indexOf('#')));

  it('bump minor: 2.3.1 -> 2.4.0, a history entry first with the git user as author; only those two lines change', () => {
    const dir = repo('bump-minor', { 'p.yaml': COMMENTED });
    expect(COMMENTS.length).toBeGreaterThan(40);
    const run = sp(dir, 'bump', 'minor', 'p.yaml', '-m', 'Careers pilot extended to Leeds.', '--date', '2026-12-01');
    expect(ok(run)).toBe('p.yaml: version 2.3.1 -> 2.4.0, history entry added (2026-12-01, Robin Tester).\n');

    const after = read(dir);
    const expected = edit(
      edit(COMMENTED, '  version: 2.3.1   #', '  version: 2.4.0   #'),
      '    # newest first\n',
      '    # newest first\n    - { version: 2.4.0, date: 2026-12-01, author: Robin Tester, summary: Careers pilot extended to Leeds. }\n',
    );
    expect(after).toBe(expected);
    expect(git(dir, 'diff', '--numstat')).toBe('2\t1\tp.yaml\n');
    expect(git(dir, 'status', '--porcelain', '--untracked-files=all')).toBe(' M p.yaml\n'); // no temporary file left behind
    for (const comment of COMMENTS) expect(after).toContain(comment);
    expect(after.endsWith('# End: nothing after this line.\n')).toBe(true);

    const data = doc(after);
    expect(data.metadata.version).toBe('2.4.0');
    expect(data.metadata.history![0]).toEqual({ version: '2.4.0', date: '2026-12-01', author: 'Robin Tester', summary: 'Careers pilot extended to Leeds.' });
    expect(data.metadata.history!.slice(1).map((h) => h.version)).toEqual(['2.3.1', '2.3.0', '2.2.0', '2.1.0']);
    // Still a valid, clean strategy.
    expect(sp(dir, 'check', 'p.yaml', ...AS_OF).status).toBe(0);
  });

  it('--author wins over git config; without --date the entry is dated today (UTC)', () => {
    const dir = repo('bump-author', { 'p.yaml': COMMENTED });
    const before = today();
    ok(sp(dir, 'bump', 'patch', 'p.yaml', '-m', '  Typo fixed in the care KPI.  ', '--author', 'Jane Roe'));
    const entry = doc(read(dir)).metadata.history![0]!;
    expect(entry).toMatchObject({ version: '2.3.2', author: 'Jane Roe', summary: 'Typo fixed in the care KPI.' });
    expect([before, today()]).toContain(entry.date);
    expect(git(dir, 'diff', '--numstat')).toBe('2\t1\tp.yaml\n');
  });

  it.each([
    ['major', '3.0.0'],
    ['patch', '2.3.2'],
  ])('bump %s raises 2.3.1 to %s and records it', (part, to) => {
    const dir = repo(`bump-${part}-table`, { 'p.yaml': PORTFOLIO });
    expect(ok(sp(dir, 'bump', part, 'p.yaml', '-m', `A ${part} change.`, '--author', 'Jane Roe', '--date', '2026-12-02'))).toMatch(
      new RegExp(`^p\\.yaml: version 2\\.3\\.1 -> ${to.replace(/\./g, '\\.')}, history entry added \\(2026-12-02, Jane Roe\\)\\.\n$`),
    );
    const data = doc(read(dir));
    expect(data.metadata.version).toBe(to);
    expect(data.metadata.history![0]).toEqual({ version: to, date: '2026-12-02', author: 'Jane Roe', summary: `A ${part} change.` });
    expect(git(dir, 'diff', '--numstat')).toBe('2\t1\tp.yaml\n');
  });

  it('releases a pre-release: bump minor on 2.1.0-beta.2 gives 2.1.0', () => {
    const dir = folder('bump-pre', { 'p.yaml': edit(MINIMAL, 'version: 0.1.0', 'version: 2.1.0-beta.2') });
    ok(sp(dir, 'bump', 'minor', 'p.yaml', '-m', 'Released.', '--author', 'A', '--date', '2026-12-01'));
    expect(doc(read(dir)).metadata.version).toBe('2.1.0');
  });

  it('a block-style history gets a block entry first, at the list own indentation, under its comment', () => {
    const before = edit(
      MINIMAL,
      '  status: draft\n',
      '  status: draft\n  history:\n    # newest first\n    - version: 0.1.0   # the first draft\n      date: 2026-01-10\n      author: Ada Lovelace\n      summary: First draft.\n',
    );
    const dir = repo('bump-block', { 'p.yaml': before });
    ok(sp(dir, 'bump', 'minor', 'p.yaml', '-m', 'Platforms agreed.', '--author', 'Grace Hopper', '--date', '2026-02-01'));
    expect(read(dir)).toBe(
      edit(
        edit(before, 'version: 0.1.0\n', 'version: 0.2.0\n'),
        '    # newest first\n',
        '    # newest first\n    - version: 0.2.0\n      date: 2026-02-01\n      author: Grace Hopper\n      summary: Platforms agreed.\n',
      ),
    );
  });

  it('a file without a history gets one as the last key of metadata; nothing else moves', () => {
    const dir = repo('bump-missing', { 'p.yaml': MINIMAL });
    ok(sp(dir, 'bump', 'major', 'p.yaml', '-m', 'First approved version.', '--author', 'Ada Lovelace', '--date', '2026-03-01'));
    expect(read(dir)).toBe(
      edit(
        edit(MINIMAL, 'version: 0.1.0\n', 'version: 1.0.0\n'),
        '  status: draft\n',
        '  status: draft\n  history:\n    - version: 1.0.0\n      date: 2026-03-01\n      author: Ada Lovelace\n      summary: First approved version.\n',
      ),
    );
    expect(git(dir, 'diff', '--numstat')).toBe('6\t1\tp.yaml\n');
  });

  it('keeps a quoted version quoted', () => {
    const dir = folder('bump-quoted', { 'p.yaml': edit(MINIMAL, 'version: 0.1.0', 'version: "0.1.0"') });
    ok(sp(dir, 'bump', 'patch', 'p.yaml', '-m', 'x', '--author', 'A', '--date', '2026-12-01'));
    expect(read(dir)).toContain('  version: "0.1.1"\n');
  });

  // Fixed (src/model/edit.ts prependItem, flow branch), found by this test: a summary with a line break is rendered as a multi-line
  // flow mapping whose continuation lines are not indented, so the result is invalid YAML and bump refuses
  // ("bumping would make p.yaml invalid ... this { mapping is not closed"). A block-style history takes the
  // same summary fine (as a `|-` block scalar), so a flow history should too (e.g. as a double-quoted "\n").
  it('a two-line -m summary on a flow-style history is recorded, not refused as invalid YAML', () => {
    const dir = folder('bump-multiline', { 'p.yaml': PORTFOLIO });
    ok(sp(dir, 'bump', 'minor', 'p.yaml', '-m', 'Line one.\nLine two.', '--author', 'A', '--date', '2026-12-01'));
    expect(doc(read(dir)).metadata.history![0]!.summary).toBe('Line one.\nLine two.');
  });

  // Fixed (src/model/edit.ts prependItem, "flow or empty list" fallback), found by this test: with `history: []` the whole file is
  // re-serialised with the Document API, so every `{ a: 1 }` in the file becomes `{a: 1}` (6 lines of MINIMAL
  // change, not 2), although bump promises "every other byte stays as the user wrote it".
  it('bump on `history: []` changes only the version and history lines', () => {
    const before = edit(MINIMAL, '  status: draft\n', '  status: draft\n  history: []\n');
    const dir = repo('bump-empty-flow', { 'p.yaml': before });
    ok(sp(dir, 'bump', 'minor', 'p.yaml', '-m', 'x', '--author', 'A', '--date', '2026-12-01'));
    expect(doc(read(dir)).metadata.history![0]).toMatchObject({ version: '0.2.0', summary: 'x' });
    const after = read(dir).split('\n');
    for (const line of before.split('\n').filter((l) => !l.includes('version: 0.1.0') && !l.includes('history: []'))) expect(after).toContain(line);
  });

  // Fixed (src/model/edit.ts), found by this test: the lines spliced into a CRLF file end in a bare LF, so a Windows user's file ends
  // up with mixed line endings (`    - { version: 2.4.0, ... }\n` among `...\r\n`). signoff does the same.
  it('bump on a CRLF file keeps every line ending CRLF', () => {
    const dir = folder('bump-crlf', { 'p.yaml': PORTFOLIO.replace(/\n/g, '\r\n') });
    ok(sp(dir, 'bump', 'minor', 'p.yaml', '-m', 'x', '--author', 'A', '--date', '2026-12-01'));
    const after = read(dir);
    expect(doc(after).metadata.version).toBe('2.4.0');
    expect(after.split('\n').slice(0, -1).filter((line) => !line.endsWith('\r'))).toEqual([]);
  });

  // Fixed (src/cli/commands/bump.ts), found by this test: --author is not trimmed or checked like signoff's --by, so a blank author
  // reaches the schema and the user gets two lines about a file they did not write:
  //   socialplan: bumping would make p.yaml invalid; nothing was written:
  //   p.yaml:13:15: metadata.history[0].author must be must not be blank, not a string ("  ") [schema/format]
  // ("must be must not be blank" is a second, wording bug: src/model/issues.ts invalid_format + the regex
  // message of Text in src/model/schema/common.ts.)
  it('bump --author "  " is refused in one line, like signoff --by "  "', () => {
    const dir = folder('bump-blank-author', { 'p.yaml': MINIMAL });
    expectRefused(sp(dir, 'bump', 'minor', 'p.yaml', '-m', 'x', '--author', '  '), /author/);
    expect(read(dir)).toBe(MINIMAL);
  });
});

// ---------------------------------------------------------------------------------------------------------------------

describe('socialplan diff', () => {
  let dir: string;
  let textDiff: string;

  beforeAll(() => {
    dir = repo('diff', { 'p.yaml': PORTFOLIO });
    git(dir, 'tag', 'v2.3.1');
    write(dir, PORTFOLIO, 'old.yaml');
    write(dir, edit(PORTFOLIO, ROPA_BEFORE, ROPA_AFTER));
    ok(sp(dir, 'bump', 'minor', 'p.yaml', '-m', 'Family forum registered in the RoPA.', '--author', 'Jane Roe', '--date', '2026-12-01'));
    textDiff = ok(sp(dir, 'diff', 'old.yaml', 'p.yaml'));
  }, 60_000);

  it('OLD NEW names the changed initiative, its field, and the stakeholders whose sign-off it touches', () => {
    expect(textDiff).toBe(
      [
        'Version 2.3.1 (in-review) -> 2.4.0 (in-review)',
        '',
        'Initiative changed: SmileSteps family community (family-forum)',
        '  ~ personalData.ropaId: ROPA-CX-019 (draft) -> ROPA-CX-020',
        '',
        'Elsewhere:',
        '  ~ metadata.version: 2.3.1 -> 2.4.0',
        // Values are cut at 80 characters.
        '  ~ metadata.history[2.4.0] added: {"version":"2.4.0","date":"2026-12-01","author":"Jane Roe","summary":"Family ...',
        '',
        'Stakeholders:',
        '  Privacy: must review again',
        `    ${ROPA_PATH}`,
        '',
      ].join('\n'),
    );
  });

  it('FILE --git HEAD and --git TAG read the committed text and say the same', () => {
    expect(textDiff).toContain('Privacy: must review again');
    expect(ok(sp(dir, 'diff', 'p.yaml', '--git', 'HEAD'))).toBe(textDiff);
    expect(ok(sp(dir, 'diff', 'p.yaml', '--git', 'v2.3.1'))).toBe(textDiff);
  });

  it('--format json parses, with the initiative, the field and the stakeholders', () => {
    const out = JSON.parse(ok(sp(dir, 'diff', 'p.yaml', '--git', 'v2.3.1', '--format', 'json'))) as {
      before: { version: string };
      after: { version: string };
      initiatives: { added: unknown[]; removed: unknown[]; changed: { id: string; changes: { path: string; kind: string; before: unknown; after: unknown }[] }[] };
      stakeholders: { stakeholder: string; fields: string[]; signoffAffected: boolean; signedBy: string | null }[];
    };
    expect([out.before.version, out.after.version]).toEqual(['2.3.1', '2.4.0']);
    expect(out.initiatives.added).toEqual([]);
    expect(out.initiatives.removed).toEqual([]);
    expect(out.initiatives.changed).toEqual([
      { id: 'family-forum', name: 'SmileSteps family community', changes: [{ path: ROPA_PATH, pattern: '$.initiatives[*].personalData.ropaId', kind: 'changed', before: 'ROPA-CX-019 (draft)', after: 'ROPA-CX-020' }] },
    ]);
    const privacy = out.stakeholders.find((s) => s.stakeholder === 'privacy')!;
    expect(privacy).toMatchObject({ fields: [ROPA_PATH], signoffAffected: true, signedBy: null });
    expect(out.stakeholders.filter((s) => s.signoffAffected || s.fields.length).map((s) => s.stakeholder)).toEqual(['privacy']);
  });

  it('--format markdown is a memo that passes markdownlint', () => {
    const md = ok(sp(dir, 'diff', 'old.yaml', 'p.yaml', '--format', 'markdown'));
    expect(md).toMatch(/^# What changed: version 2\.3\.1 to 2\.4\.0\n/);
    expect(md).toContain('## Who must look again');
    expect(md).toMatch(/^\| Privacy \| affected \|/m);
    expect(md).toContain('### SmileSteps family community (family-forum)');
    expect(markdownProblems(md)).toEqual([]);
  });

  it('after a commit, --git HEAD sees no change and --git HEAD~1 the same change as before', () => {
    git(dir, 'commit', '-q', '-am', '2.4.0');
    expect(ok(sp(dir, 'diff', 'p.yaml', '--git', 'HEAD'))).toBe("Version 2.4.0 (in-review) -> 2.4.0 (in-review)\nNo change to the strategy's content.\n");
    expect(ok(sp(dir, 'diff', 'p.yaml', '--git', 'HEAD~1'))).toBe(textDiff);
  });

  it('a change nobody reads (an initiative name) names the initiative but no stakeholder', () => {
    const d = folder('diff-name', { 'old.yaml': PORTFOLIO, 'new.yaml': edit(PORTFOLIO, 'name: Ask Alderbrook expertise network', 'name: Ask Alderbrook') });
    const out = ok(sp(d, 'diff', 'old.yaml', 'new.yaml'));
    expect(out).toContain('Initiative changed: Ask Alderbrook (expert-network)\n  ~ name: Ask Alderbrook expertise network -> Ask Alderbrook\n');
    expect(out).toMatch(/Stakeholders:\n {2}none of the changes is read by a stakeholder checklist\n$/);
  });

  // Fixed (src/versions/diff.ts diffStrategies, signedBy), found by this test: the sign-off shown is the FIRST one in the file
  // (`[...after.signoffs, ...before.signoffs].find(...)`), not the stakeholder's latest by date, which is the only
  // one check counts. `signoff` appends, so after a re-sign diff always shows the oldest decision: here
  // "Sinéad Gallagher (rejected, 2026-11-20)" although she approved on 2026-11-27.
  it("diff shows the stakeholder's latest sign-off, not the first in the file", () => {
    const d = folder('diff-signedby', { 'old.yaml': PORTFOLIO, 'p.yaml': PORTFOLIO });
    ok(sp(d, 'signoff', 'privacy', 'p.yaml', '--by', PRIVACY_OWNER, '--decision', 'rejected', '--note', 'RoPA entry missing.', '--date', '2026-11-20'));
    ok(sp(d, 'signoff', 'privacy', 'p.yaml', '--by', PRIVACY_OWNER, '--date', '2026-11-27'));
    write(d, edit(read(d), ROPA_BEFORE, ROPA_AFTER));
    const out = JSON.parse(ok(sp(d, 'diff', 'old.yaml', 'p.yaml', '--format', 'json'))) as { stakeholders: { stakeholder: string; signedBy: string | null }[] };
    expect(out.stakeholders.find((s) => s.stakeholder === 'privacy')!.signedBy).toBe(`${PRIVACY_OWNER} (approved, 2026-11-27)`);
  });

  // Fixed (src/git/git.ts repoPath), found by this test: the file's absolute path is not resolved through symlinks, but
  // `git rev-parse --show-toplevel` answers with the real path, so `relative()` gives '../diff-link/p.yaml' and
  // git says "fatal: '../diff-link/p.yaml' is outside repository". Any symlinked folder does it (macOS's /tmp and
  // /var/folders are symlinks; so are many workspace layouts).
  it('diff FILE --git REV works when FILE is reached through a symlinked folder', () => {
    symlinkSync(dir, join(tmp.dir, 'diff-link'));
    expect(ok(sp(tmp.dir, 'diff', 'diff-link/p.yaml', '--git', 'v2.3.1'))).toBe(textDiff);
  });
});

// ---------------------------------------------------------------------------------------------------------------------

describe('socialplan signoff and the sign-off findings of check', () => {
  let dir: string;
  let signed: string;
  let signoffOut: string;

  beforeAll(() => {
    dir = repo('signoff', { 'p.yaml': PORTFOLIO });
    signoffOut = ok(sp(dir, 'signoff', 'privacy', 'p.yaml', '--by', PRIVACY_OWNER, '--date', '2026-11-25'));
    signed = read(dir);
    git(dir, 'commit', '-q', '-am', 'privacy signed');
  }, 60_000);
  afterEach(() => write(dir, signed));

  it('records the decision with the version and a digest, appended after every byte of the file', () => {
    expect(signoffOut).toMatch(/^p\.yaml: Privacy approved by Sinéad Gallagher on 2026-11-25, version 2\.3\.1, covering the \d+ fields the Privacy checklist reads\.\n$/);
    expect(signed.startsWith(PORTFOLIO)).toBe(true);
    expect(doc(signed).signoffs).toEqual([
      { stakeholder: 'privacy', by: PRIVACY_OWNER, date: '2026-11-25', decision: 'approved', version: '2.3.1', digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) },
    ]);
  });

  it('--decision approved-with-conditions and --note are recorded as given', () => {
    ok(sp(dir, 'signoff', 'legal', 'p.yaml', '--by', 'Catherine Albrecht', '--decision', 'approved-with-conditions', '--note', 'Disclosures: #ad on every creator post.', '--date', '2026-11-26'));
    const after = read(dir);
    expect(after.startsWith(signed)).toBe(true);
    expect(doc(after).signoffs![1]).toEqual({
      stakeholder: 'legal',
      by: 'Catherine Albrecht',
      date: '2026-11-26',
      decision: 'approved-with-conditions',
      note: 'Disclosures: #ad on every creator post.',
      version: '2.3.1',
      digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    });
  });

  it('check after the named owner signs: no sign-off finding, exit 0', () => {
    const run = sp(dir, 'check', 'p.yaml', ...AS_OF);
    expect(signoffLines(run.stdout)).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('a privacy-read field changes: check reports signoff/stale naming the field', () => {
    write(dir, edit(signed, ROPA_BEFORE, ROPA_AFTER));
    const run = sp(dir, 'check', 'p.yaml', ...AS_OF);
    expect(signoffLines(run.stdout)).toEqual([
      expect.stringMatching(
        new RegExp(`^p\\.yaml:\\d+:\\d+: warning: Privacy sign-off by Sinéad Gallagher on 2026-11-25 \\(version 2\\.3\\.1\\) is stale: a field the Privacy checklist reads has changed since: initiatives\\[family-forum\\]\\.personalData\\.ropaId \\[signoff/stale\\]$`),
      ),
    ]);
    expect(run.status).toBe(0); // a warning while the strategy is in review
  });

  it('changing the field back makes the sign-off hold again', () => {
    write(dir, edit(edit(signed, ROPA_BEFORE, ROPA_AFTER), ROPA_AFTER, ROPA_BEFORE));
    expect(signoffLines(sp(dir, 'check', 'p.yaml', ...AS_OF).stdout)).toEqual([]);
  });

  it.each([
    ['alignment.successAt12Months text', 'Experts answer each other within a working day', 'Experts answer one another within a day'],
    ["an initiative's businessNeed", 'Parents ask the same questions about brushing', 'Parents often ask the same questions about brushing'],
    ["an initiative's name", 'name: Ask Alderbrook expertise network', 'name: Ask Alderbrook experts'],
    ['a comment', '# before the FY2028 budget round', '# before the budget'],
  ])('a change privacy does not read (%s): no stale finding', (_what, find, replace) => {
    write(dir, edit(signed, find, replace));
    expect(git(dir, 'diff', '--numstat')).toBe('1\t1\tp.yaml\n');
    const run = sp(dir, 'check', 'p.yaml', ...AS_OF);
    expect(signoffLines(run.stdout)).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('bump after the sign-off leaves it valid (version and history are not signed)', () => {
    const out = ok(sp(dir, 'bump', 'minor', 'p.yaml', '-m', 'x', '--author', 'A', '--date', '2026-12-01'));
    expect(out).toContain('Sign-offs stay valid for whatever their checklists read that did not change');
    expect(signoffLines(sp(dir, 'check', 'p.yaml', ...AS_OF).stdout)).toEqual([]);
  });

  it('a later sign-off by someone other than the named owner: signoff/not-owner, and signoff warns', () => {
    const out = ok(sp(dir, 'signoff', 'privacy', 'p.yaml', '--by', 'Someone Else', '--date', '2026-11-26'));
    expect(out).toContain('Note: the strategy names Sinéad Gallagher as the Privacy owner; check reports a sign-off by anyone else.');
    const run = sp(dir, 'check', 'p.yaml', ...AS_OF);
    expect(signoffLines(run.stdout)).toEqual([
      expect.stringMatching(/^p\.yaml:\d+:\d+: warning: Privacy sign-off is by Someone Else, but the strategy names Sinéad Gallagher as the Privacy owner \[signoff\/not-owner\]$/),
    ]);
  });

  it('the owner compared without case: --by "sinéad gallagher" is the owner', () => {
    ok(sp(dir, 'signoff', 'privacy', 'p.yaml', '--by', 'sinéad gallagher', '--date', '2026-11-26'));
    expect(signoffLines(sp(dir, 'check', 'p.yaml', ...AS_OF).stdout)).toEqual([]);
  });

  // Fixed (src/git/git.ts repoPath, as for diff), found by this test: through a symlinked folder git cannot find the signed revision, so
  // the stale finding loses its ": initiatives[family-forum].personalData.ropaId" (silently: no error at all).
  it('a stale finding names the changed field also when the file is reached through a symlink', () => {
    symlinkSync(dir, join(tmp.dir, 'signoff-link'));
    write(dir, edit(signed, ROPA_BEFORE, ROPA_AFTER));
    const run = sp(tmp.dir, 'check', 'signoff-link/p.yaml', ...AS_OF);
    expect(signoffLines(run.stdout)).toEqual([expect.stringContaining(`has changed since: ${ROPA_PATH} [signoff/stale]`)]);
  });
});

describe('an approved strategy', () => {
  let dir: string;
  let approved: string;

  beforeAll(() => {
    dir = repo('approved', { 'p.yaml': edit(PORTFOLIO, '  status: in-review\n', '  status: approved\n') });
    for (const [stakeholder, owner] of CORE_OWNERS) ok(sp(dir, 'signoff', stakeholder, 'p.yaml', '--by', owner, '--date', '2026-11-25'));
    approved = read(dir);
    git(dir, 'commit', '-q', '-am', 'approved by all five');
  }, 90_000);
  afterEach(() => write(dir, approved));

  it('signed by all five core owners on the current content: exit 0, no sign-off finding', () => {
    const run = sp(dir, 'check', 'p.yaml', ...AS_OF);
    expect(signoffLines(run.stdout)).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('a privacy-read field changes: exit 1, signoff/stale is an error and signoff/not-approved is reported', () => {
    write(dir, edit(approved, ROPA_BEFORE, ROPA_AFTER));
    const run = sp(dir, 'check', 'p.yaml', ...AS_OF);
    expect(signoffLines(run.stdout)).toEqual([
      expect.stringMatching(/^p\.yaml:18:\d+: error: the strategy is marked approved, but Privacy's latest sign-off is stale \[signoff\/not-approved\]$/),
      expect.stringMatching(new RegExp(`^p\\.yaml:\\d+:\\d+: error: Privacy sign-off .* is stale: .*: initiatives\\[family-forum\\]\\.personalData\\.ropaId \\[signoff/stale\\]$`)),
    ]);
    expect(run.stdout).toMatch(/^1 file checked: 2 errors/m);
    expect(run.status).toBe(1);
  });

  it("a core stakeholder's latest decision is a rejection: exit 1, signoff/not-approved", () => {
    ok(sp(dir, 'signoff', 'legal', 'p.yaml', '--by', 'Catherine Albrecht', '--decision', 'rejected', '--note', 'Endorsement terms missing.', '--date', '2026-11-26'));
    const run = sp(dir, 'check', 'p.yaml', ...AS_OF);
    expect(signoffLines(run.stdout)).toEqual([
      expect.stringMatching(/^p\.yaml:18:\d+: error: the strategy is marked approved, but Legal's latest sign-off rejects it \[signoff\/not-approved\]$/),
    ]);
    expect(run.status).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------------------------------

describe('socialplan migrate', () => {
  const v0 = edit(MINIMAL, 'apiVersion: socialplan/v1', 'apiVersion: socialplan/v0');
  const dir = join(tmp.dir, 'migrate');
  beforeAll(() => {
    mkdirSync(dir);
    write(dir, MINIMAL, 'v1.yaml');
    write(dir, v0, 'v0.yaml');
  });

  it.each([[[]], [['--dry-run']]])('a v1 file %j: "already socialplan/v1; nothing to do", exit 0, bytes unchanged', (extra) => {
    expect(ok(sp(dir, 'migrate', 'v1.yaml', ...extra))).toBe('v1.yaml is already socialplan/v1; nothing to do.\n');
    expect(read(dir, 'v1.yaml')).toBe(MINIMAL);
  });

  it('a v0 file: exit 2, one line naming both versions, file unchanged', () => {
    const run = sp(dir, 'migrate', 'v0.yaml');
    expectRefused(run, /^socialplan: v0\.yaml: no migration from socialplan\/v0 to socialplan\/v1 \(this socialplan knows only socialplan\/v1\)\n$/);
    expect(read(dir, 'v0.yaml')).toBe(v0);
  });

  it('check on a v0 file points to socialplan migrate (exit 2)', () => {
    const run = sp(dir, 'check', 'v0.yaml', ...AS_OF);
    expect(run.stdout).toContain('v0.yaml:3:13: error: apiVersion "socialplan/v0" is an older format; this socialplan reads socialplan/v1: `socialplan migrate FILE` moves the file to it [schema/api-version]');
    expect(run.status).toBe(2);
  });

  it('bump on a v0 file refuses with the same pointer, file unchanged', () => {
    expectRefused(sp(dir, 'bump', 'minor', 'v0.yaml', '-m', 'x', '--author', 'A'), /`socialplan migrate FILE`/);
    expect(read(dir, 'v0.yaml')).toBe(v0);
  });
});

// ---------------------------------------------------------------------------------------------------------------------

describe('bad input: exit 2, one line on stderr, no stack trace, the file unchanged', () => {
  const BAD_YAML = edit(MINIMAL, 'status: draft', 'status: [draft');
  let inRepo: string;
  let outside: string;

  beforeAll(() => {
    inRepo = repo('bad', { 'p.yaml': MINIMAL, 'bad.yaml': BAD_YAML });
    outside = folder('no-git', { 'p.yaml': MINIMAL });
  });

  it('the no-git folder really is outside any repository, with no git identity', () => {
    expect(() => git(outside, 'rev-parse', '--show-toplevel')).toThrow();
    expect(() => git(outside, 'config', 'user.name')).toThrow();
  });

  const cases: [string, string[], RegExp, 'repo' | 'outside'][] = [
    ['bump with an unknown part', ['bump', 'mega', 'p.yaml', '-m', 'x'], /^socialplan: bump takes major, minor or patch, not "mega"\n$/, 'repo'],
    ['bump without -m', ['bump', 'minor', 'p.yaml'], /required option '-m, --message <summary>' not specified/, 'repo'],
    ['bump with -m ""', ['bump', 'minor', 'p.yaml', '-m', ''], /-m, --message needs a summary/, 'repo'],
    ['bump with --date 2026-02-30', ['bump', 'minor', 'p.yaml', '-m', 'x', '--date', '2026-02-30'], /--date must be a real date written YYYY-MM-DD, not "2026-02-30"/, 'repo'],
    ['bump on a missing file', ['bump', 'minor', 'missing.yaml', '-m', 'x'], /missing\.yaml: no such file/, 'repo'],
    ['bump on malformed YAML', ['bump', 'minor', 'bad.yaml', '-m', 'x'], /^socialplan: bad\.yaml:11:\d+: .*\[yaml\/syntax\]\n$/, 'repo'],
    ['bump outside git with no --author', ['bump', 'minor', 'p.yaml', '-m', 'x'], /no author for the history entry: pass --author NAME, or set git config user\.name/, 'outside'],
    ['signoff with an unknown stakeholder', ['signoff', 'privcy', 'p.yaml', '--by', 'A'], /no stakeholder "privcy"; did you mean "privacy"\?/, 'repo'],
    ['signoff with a bad --decision', ['signoff', 'privacy', 'p.yaml', '--by', 'A', '--decision', 'maybe'], /argument 'maybe' is invalid\. Allowed choices are approved, approved-with-conditions, rejected/, 'repo'],
    ['signoff with an empty --by', ['signoff', 'privacy', 'p.yaml', '--by', ''], /--by needs the name of the person signing/, 'repo'],
    ['signoff with a blank --by', ['signoff', 'privacy', 'p.yaml', '--by', '   '], /--by needs the name of the person signing/, 'repo'],
    ['signoff on malformed YAML', ['signoff', 'privacy', 'bad.yaml', '--by', 'A'], /bad\.yaml:11:\d+: .*\[yaml\/syntax\]/, 'repo'],
    ['diff with one file and no --git', ['diff', 'p.yaml'], /diff takes two files \(socialplan diff old\.yaml new\.yaml\), or one file and --git REV/, 'repo'],
    ['diff with three files', ['diff', 'p.yaml', 'p.yaml', 'p.yaml'], /diff takes two files/, 'repo'],
    ['diff --git with two files', ['diff', 'p.yaml', 'p.yaml', '--git', 'HEAD'], /diff --git REV takes one file/, 'repo'],
    ['diff --git on a revision that does not exist', ['diff', 'p.yaml', '--git', 'no-such-rev'], /^socialplan: p\.yaml at no-such-rev: fatal: invalid object name 'no-such-rev'\.\n$/, 'repo'],
    ['diff --git on an option-like revision', ['diff', 'p.yaml', '--git=--output=x'], /"--output=x" is not a revision/, 'repo'],
    ['diff --git outside a git repository', ['diff', 'p.yaml', '--git', 'HEAD'], /p\.yaml at HEAD: fatal: not a git repository/, 'outside'],
    ['migrate on a missing file', ['migrate', 'missing.yaml'], /^socialplan: missing\.yaml: no such file\n$/, 'repo'],
  ];

  it.each(cases)('%s', (_name, args, message, where) => {
    const cwd = where === 'repo' ? inRepo : outside;
    const run = sp(cwd, ...args);
    expectRefused(run, message);
    expect(read(cwd)).toBe(MINIMAL);
    if (where === 'repo') {
      expect(read(cwd, 'bad.yaml')).toBe(BAD_YAML);
      expect(git(cwd, 'status', '--porcelain')).toBe('');
    }
  });
});
