import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMAL, runCli, tempFolders, type Run } from '../helpers.js';

/**
 * Files that arrive in a pull request and are read in CI: socialplan reads only regular files, of
 * bounded size, from the folders the user named. Each refusal is one line and exit 2, at once (a hang
 * would end in vitest's timeout).
 */

const folder = tempFolders();
const posix = process.platform !== 'win32';
const devZero = existsSync('/dev/zero');

const CHECKLIST = `apiVersion: socialplan/v1
kind: Checklist
id: own
stakeholder: security
rules:
  - id: own/mfa
    severity: error
    given: platforms[*]
    then: { field: mfa, function: equals, value: true }
    message: "Platform {{id}} does not enforce MFA."
`;
const ACTUALS = 'initiative,kpi,date,value\n';
const config = (checklist: string) => `apiVersion: socialplan/v1\nkind: Config\nchecklists:\n  - ${JSON.stringify(checklist)}\n`;

/** Exit 2 and one line on stderr, nothing on stdout, no stack trace. */
function expectOneLine(run: Run, message: RegExp): void {
  expect(run.stderr).toMatch(message);
  expect(run.stderr).toMatch(/^socialplan: [^\n]*\n$/);
  expect(run.stdout).toBe('');
  expect(run.status).toBe(2);
}

function mkfifo(path: string): string {
  execFileSync('mkfifo', [path]);
  return path;
}

/** A folder with the minimal strategy, a named pipe and a link to it. */
function withPipe() {
  const f = folder();
  f.write('strategy.yaml', MINIMAL);
  mkfifo(join(f.dir, 'fifo.yaml'));
  mkfifo(join(f.dir, 'fifo.csv'));
  symlinkSync('fifo.yaml', join(f.dir, 'link.yaml'));
  return f;
}

function gitInit(dir: string): void {
  execFileSync('git', ['init', '-q', dir]);
}

describe.runIf(posix)('a named pipe or a device where a file belongs', () => {
  it.each([
    ['a named pipe', 'fifo.yaml', 'is a named pipe, not a regular file'],
    ['a link to a named pipe', 'link.yaml', 'is a named pipe, not a regular file'],
    ...(devZero ? [['/dev/zero', '/dev/zero', 'is a character device, not a regular file']] : []),
  ])('as the strategy to check, %s: a file problem, exit 2', (_, name, reason) => {
    const { dir } = withPipe();
    const run = runCli(['check', name], { cwd: dir });
    expect(run.stdout).toBe(`${name}: error: ${reason} [file/unreadable]\n1 file checked, 1 not a valid strategy: 1 error\n`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(2);
  });

  it.each([
    ['a named pipe', 'fifo.yaml', 'is a named pipe'],
    ['a link to a named pipe', 'link.yaml', 'is a named pipe'],
    ...(devZero ? [['/dev/zero', '/dev/zero', 'is a character device']] : []),
  ])('as --checklist, %s', (_, name, reason) => {
    const { dir } = withPipe();
    expectOneLine(runCli(['check', 'strategy.yaml', '--checklist', name], { cwd: dir }), new RegExp(`^socialplan: ${name}: ${reason}, not a regular file \\[file/unreadable\\]`));
  });

  it.each([
    ['a named pipe', 'fifo.csv', 'is a named pipe'],
    ...(devZero ? [['/dev/zero', '/dev/zero', 'is a character device']] : []),
  ])('as measure --actuals, %s', (_, name, reason) => {
    const { dir } = withPipe();
    expectOneLine(runCli(['measure', 'strategy.yaml', '--actuals', name, '--as-of', '2026-11-25'], { cwd: dir }), new RegExp(`^socialplan: ${name}: ${reason}, not a regular file`));
  });

  it('as a checklist the config names, in its folder', () => {
    const { dir, write } = withPipe();
    write('socialplan.config.yaml', config('fifo.yaml'));
    expectOneLine(runCli(['check', 'strategy.yaml'], { cwd: dir }), /^socialplan: \/.*fifo\.yaml: is a named pipe, not a regular file \[file\/unreadable\]/);
  });

  it.runIf(devZero)('as a checklist the config names, /dev/zero: outside the folder, located in the config', () => {
    const { dir, write } = withPipe();
    write('socialplan.config.yaml', config('/dev/zero'));
    expectOneLine(runCli(['check', 'strategy.yaml'], { cwd: dir }), /socialplan\.config\.yaml:4:5: checklist "\/dev\/zero" lies outside the config's folder/);
  });

  it('as the config itself, given by --config', () => {
    const { dir } = withPipe();
    expectOneLine(runCli(['check', 'strategy.yaml', '--config', 'fifo.yaml'], { cwd: dir }), /^socialplan: fifo\.yaml: is a named pipe, not a regular file/);
  });

  it('as init --answers and as migrate input', () => {
    const { dir } = withPipe();
    expectOneLine(runCli(['init', '--answers', 'fifo.yaml', '--out', 'new.yaml'], { cwd: dir }), /^socialplan: fifo\.yaml: is a named pipe, not a regular file/);
    expectOneLine(runCli(['migrate', 'fifo.yaml'], { cwd: dir }), /^socialplan: fifo\.yaml: is a named pipe, not a regular file\n$/);
  });

  it('as a template in --templates', () => {
    const { dir } = withPipe();
    mkdirSync(join(dir, 'tpl'));
    mkfifo(join(dir, 'tpl', 'roadmap.md.hbs'));
    expectOneLine(runCli(['render', 'strategy.yaml', '--templates', 'tpl', '--out', 'out'], { cwd: dir }), /^socialplan: tpl\/roadmap\.md\.hbs: is a named pipe, not a regular file\n$/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('the size limit, SOCIALPLAN_MAX_FILE_MB', () => {
  const limit = { SOCIALPLAN_MAX_FILE_MB: '0.001' }; // 1048 bytes
  const over = 'a'.repeat(1100);

  it('refuses a strategy over it, saying the limit and how to raise it', () => {
    const { dir, write } = folder();
    write('big.yaml', `# ${over}\n${MINIMAL}`);
    const run = runCli(['check', 'big.yaml'], { cwd: dir, env: limit });
    expect(run.stdout).toMatch(/^big\.yaml: error: is larger than 0\.001 MB, the limit on a file socialplan reads; set SOCIALPLAN_MAX_FILE_MB to raise it \[file\/unreadable\]\n/);
    expect(run.status).toBe(2);
    // Raised, the same file is read.
    expect(runCli(['check', 'big.yaml'], { cwd: dir, env: { SOCIALPLAN_MAX_FILE_MB: '1' } }).status).toBe(1);
  });

  it('refuses a checklist and an actuals file over it', () => {
    const { dir, write } = folder();
    write('strategy.yaml', MINIMAL);
    write('big-checklist.yaml', `# ${over}\n${CHECKLIST}`);
    write('big.csv', `# ${over}\n${ACTUALS}`);
    // The strategy itself is under the limit.
    expect(MINIMAL.length).toBeLessThan(1048);
    expectOneLine(runCli(['check', 'strategy.yaml', '--checklist', 'big-checklist.yaml'], { cwd: dir, env: limit }), /^socialplan: big-checklist\.yaml: is larger than 0\.001 MB/);
    expectOneLine(runCli(['measure', 'strategy.yaml', '--actuals', 'big.csv', '--as-of', '2026-11-25'], { cwd: dir, env: limit }), /^socialplan: big\.csv: is larger than 0\.001 MB/);
  });

  it.each(['abc', '0', '-5', '12MB'])('a value that is not a number of megabytes, %j: one line, exit 2', (value) => {
    const { dir, write } = folder();
    write('strategy.yaml', MINIMAL);
    expectOneLine(
      runCli(['check', 'strategy.yaml'], { cwd: dir, env: { SOCIALPLAN_MAX_FILE_MB: value } }),
      new RegExp(`^socialplan: SOCIALPLAN_MAX_FILE_MB must be a number of megabytes above 0 and at most 500, such as 64; not "${value}"\n$`),
    );
  });
});

describe('text saved as UTF-16', () => {
  it.each([
    ['UTF-16LE with a byte-order mark', Buffer.from(`\ufeff${MINIMAL}`, 'utf16le')],
    ['UTF-16BE without one', Buffer.from(MINIMAL, 'utf16le').swap16()],
  ])('%s: says so and to save it as UTF-8', (_, bytes) => {
    const { dir, write } = folder();
    write('wide.yaml', bytes);
    const run = runCli(['check', 'wide.yaml'], { cwd: dir });
    expect(run.stdout).toMatch(/^wide\.yaml:1:1: error: is UTF-16 text; save it as UTF-8 \[file\/not-text\]\n/);
    expect(run.status).toBe(2);
  });
});

describe('finding socialplan.config.yaml', () => {
  const broken = 'apiVersion: socialplan/v1\nkind: Config\nrules:\n  no/such-rule: off\n';

  it('outside a git repository, in the working folder only, not in a folder above it', () => {
    const { dir, write } = folder();
    write('socialplan.config.yaml', broken);
    mkdirSync(join(dir, 'work'));
    write('work/strategy.yaml', MINIMAL);
    // Found in the working folder: the broken config stops the check.
    expect(runCli(['check', 'strategy.yaml'], { cwd: join(dir, 'work') }).status).toBe(1);
    write('work/socialplan.config.yaml', broken);
    expect(runCli(['check', 'strategy.yaml'], { cwd: join(dir, 'work') }).status).toBe(2);
  });

  it('inside a git repository, up to its root and not above it', () => {
    const { dir, write } = folder();
    write('socialplan.config.yaml', broken);
    gitInit(join(dir, 'repo'));
    mkdirSync(join(dir, 'repo', 'strategies'));
    write('repo/strategies/strategy.yaml', MINIMAL);
    const cwd = join(dir, 'repo', 'strategies');
    expect(runCli(['check', 'strategy.yaml'], { cwd }).status).toBe(1);
    write('repo/socialplan.config.yaml', broken);
    expectOneLine(runCli(['check', 'strategy.yaml'], { cwd }), /repo\/socialplan\.config\.yaml:4:3: no rule "no\/such-rule"/);
  });

  it.runIf(posix)('refuses a found config that is a link out of the repository', () => {
    const { dir, write } = folder();
    write('elsewhere.yaml', 'apiVersion: socialplan/v1\nkind: Config\n');
    gitInit(join(dir, 'repo'));
    write('repo/strategy.yaml', MINIMAL);
    symlinkSync(join(dir, 'elsewhere.yaml'), join(dir, 'repo', 'socialplan.config.yaml'));
    expectOneLine(
      runCli(['check', 'strategy.yaml'], { cwd: join(dir, 'repo') }),
      /socialplan\.config\.yaml: leads outside the repository; a config found by searching must be a file inside it \(--config can name any file\)\n$/,
    );
    // Named, it is the user's choice.
    expect(runCli(['check', 'strategy.yaml', '--config', join(dir, 'elsewhere.yaml')], { cwd: join(dir, 'repo') }).status).toBe(1);
  });
});

describe("the checklists a config names stay in the config's repository or folder", () => {
  /** A folder `config` holding the config and strategy, and beside it `other` holding a valid checklist. */
  function layout(git: boolean) {
    const f = folder();
    if (git) gitInit(join(f.dir, 'config'));
    else mkdirSync(join(f.dir, 'config'));
    f.write('other.yaml', CHECKLIST);
    f.write('config/strategy.yaml', MINIMAL);
    return { ...f, cwd: join(f.dir, 'config') };
  }

  it.each([
    ['an absolute path', (dir: string) => join(dir, 'other.yaml')],
    ['a path with ..', () => '../other.yaml'],
    ['a path that climbs through a folder and back', () => 'sub/../../other.yaml'],
  ])('outside the folder by %s: located in the config, exit 2', (_, path) => {
    const { dir, write, cwd } = layout(false);
    const named = path(dir);
    write('config/socialplan.config.yaml', config(named));
    expectOneLine(
      runCli(['check', 'strategy.yaml'], { cwd }),
      new RegExp(
        `^socialplan: ${cwd.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/socialplan\\.config\\.yaml:4:5: checklist ${JSON.stringify(named).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} lies outside the config's folder \\(.*\\); a config's checklists must be files inside it \\(--checklist on the command line can name any file\\) \\[config/checklist-outside\\]\n$`,
      ),
    );
  });

  it.runIf(posix)('outside by a symbolic link, to the file or to a folder', () => {
    const { dir, write, cwd } = layout(false);
    symlinkSync(join(dir, 'other.yaml'), join(cwd, 'linked.yaml'));
    write('config/socialplan.config.yaml', config('linked.yaml'));
    expectOneLine(runCli(['check', 'strategy.yaml'], { cwd }), /socialplan\.config\.yaml:4:5: checklist "linked\.yaml" lies outside the config's folder/);
    symlinkSync(dir, join(cwd, 'up'));
    write('config/socialplan.config.yaml', config('up/other.yaml'));
    expectOneLine(runCli(['check', 'strategy.yaml'], { cwd }), /socialplan\.config\.yaml:4:5: checklist "up\/other\.yaml" lies outside the config's folder/);
  });

  it('outside the git repository the config is in', () => {
    const { write, cwd } = layout(true);
    write('config/socialplan.config.yaml', config('../other.yaml'));
    expectOneLine(runCli(['check', 'strategy.yaml'], { cwd }), /socialplan\.config\.yaml:4:5: checklist "\.\.\/other\.yaml" lies outside the repository \(/);
  });

  it('anywhere in the repository, and any file named with --checklist', () => {
    const { dir, write, cwd } = layout(true);
    mkdirSync(join(cwd, 'governance'));
    mkdirSync(join(cwd, 'settings'));
    write('config/governance/own.yaml', CHECKLIST.replace(/own/g, 'gov'));
    write('config/settings/socialplan.config.yaml', config('../governance/own.yaml'));
    const run = runCli(['check', join(cwd, 'strategy.yaml'), '--format', 'json', '--checklist', join(dir, 'other.yaml')], { cwd: join(cwd, 'settings') });
    expect(run.stderr).toBe('');
    const ids = (JSON.parse(run.stdout) as { files: { diagnostics: { ruleId: string }[] }[] }).files[0]!.diagnostics.map((d) => d.ruleId);
    expect(ids).toContain('gov/mfa');
    expect(ids).toContain('own/mfa');
  });
});

describe.runIf(posix)('--templates: every template and partial inside the folder', () => {
  const SECRET = 'SECRET-7f3a do not print';

  function withSecret() {
    const f = folder();
    f.write('strategy.yaml', MINIMAL);
    f.write('secret.txt', `${SECRET}\n`);
    mkdirSync(join(f.dir, 'tpl'));
    return f;
  }

  it('refuses a template that is a link to a file outside', () => {
    const { dir } = withSecret();
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'tpl', 'roadmap.md.hbs'));
    const run = runCli(['render', 'strategy.yaml', '--templates', 'tpl', '--out', 'out'], { cwd: dir });
    expectOneLine(run, /^socialplan: tpl\/roadmap\.md\.hbs: leads outside the templates folder tpl; templates must be files inside it\n$/);
    expect(run.stderr).not.toContain(SECRET);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('refuses a partials folder that is a link to a folder outside', () => {
    const { dir } = withSecret();
    mkdirSync(join(dir, 'elsewhere'));
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'elsewhere', 'footer.md.hbs'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'tpl', 'partials'));
    const run = runCli(['render', 'strategy.yaml', '--templates', 'tpl', '--out', 'out'], { cwd: dir });
    expectOneLine(run, /^socialplan: tpl\/partials: leads outside the templates folder tpl; templates must be files inside it\n$/);
    expect(readdirSync(dir)).not.toContain('out');
  });

  it('takes links that stay inside the folder', () => {
    const { dir, write } = withSecret();
    write('tpl/mine.md', '# {{md header.title}}\n\nOwn roadmap.\n');
    symlinkSync('mine.md', join(dir, 'tpl', 'roadmap.md.hbs'));
    const run = runCli(['render', 'strategy.yaml', '--templates', 'tpl', '--out', 'out', '--as-of', '2026-11-25'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
