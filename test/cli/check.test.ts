import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit, MINIMAL, ROOT, runCli, tempDir, type Run } from '../helpers.js';

const examples = readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.yaml') && !f.includes('with-gaps'))
  .map((f) => `examples/${f}`);
/** Dates in the examples are judged as of a fixed day, so the tests do not change with the calendar. */
const AS_OF = ['--as-of', '2026-11-25'];
const tmp = tempDir();

/** A user error: one clear message, exit 2, no stack trace (a hang ends in runCli's timeout, with no exit code). */
function expectCleanFailure(run: Run): void {
  expect(run.status).toBe(2);
  const all = run.stdout + run.stderr;
  expect(all).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  expect(all).not.toMatch(/internal error|TypeError|ReferenceError|RangeError/);
}

describe('socialplan check', () => {
  it('needs at least three examples to show newcomers', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples)('accepts %s (exit 0)', (file) => {
    expect(readFileSync(join(ROOT, file), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/schema\/strategy\.schema\.json\n/);
    const run = runCli(['check', file, ...AS_OF]);
    expect(run.stderr).toBe('');
    // Clean: nothing at error or warning level; advice (info) and waived findings may be listed.
    expect(run.stdout).not.toMatch(/: (error|warning): /);
    expect(run.stdout).toMatch(/^1 file checked: (a valid strategy|[^\n]*(info|waived))\n$/m);
    expect(run.status).toBe(0);
  });

  it('checks several files at once', () => {
    const run = runCli(['check', ...examples, ...AS_OF]);
    expect(run.stdout).toMatch(new RegExp(`^${examples.length} files checked: `, 'm'));
    expect(run.status).toBe(0);
  });

  it('reports a syntax error inserted at line 5 of an example at line 5', () => {
    const lines = readFileSync(join(ROOT, examples[0]!), 'utf8').split('\n');
    lines.splice(4, 0, 'broken: [unclosed');
    const file = tmp.write('syntax.yaml', lines.join('\n'));
    const run = runCli(['check', file]);
    expectCleanFailure(run);
    expect(run.stdout).toMatch(new RegExp(`^${file}:5:\\d+: error: .+ \\[yaml/syntax\\]$`, 'm'));
  });

  it('prints file:line:col, the rule, the offending line and a fix', () => {
    const file = tmp.write('typo.yaml', edit(MINIMAL, 'lawfulBasis:', 'lawfullBasis:'));
    const run = runCli(['check', file]);
    expectCleanFailure(run);
    expect(run.stdout).toBe(
      [
        `${file}:25:7: error: unknown key "lawfullBasis" in initiatives[0].personalData; did you mean "lawfulBasis"? [schema/unknown-key]`,
        '  25 |       lawfullBasis: legitimate-interests',
        '     |       ^^^^^^^^^^^^',
        '  fix: Rename it to "lawfulBasis", or prefix it with "x-" if it is your organisation\'s own data.',
        '1 file checked, 1 not a valid strategy: 1 error',
        '',
      ].join('\n'),
    );
  });

  it('gives --format json with the diagnostic shape, never coloured', () => {
    const file = tmp.write('json.yaml', edit(MINIMAL, 'scope: external', 'scope: extern'));
    const run = runCli(['check', file, '--format', 'json'], { env: { FORCE_COLOR: '1' } });
    expect(run.status).toBe(2);
    expect(run.stdout).not.toMatch(/\x1b\[/);
    const report = JSON.parse(run.stdout) as { files: { diagnostics: unknown[]; valid: boolean }[]; errorCount: number };
    expect(report.errorCount).toBe(1);
    expect(report.files[0]!.valid).toBe(false);
    expect(report.files[0]!.diagnostics[0]).toEqual({
      ruleId: 'schema/enum',
      severity: 'error',
      message: 'initiatives[0].scope must be one of "internal", "external", not a string ("extern"); did you mean "external"?',
      path: 'initiatives[0].scope',
      file,
      line: 20,
      column: 12,
      endLine: 20,
      endColumn: 18,
    });
  });

  it('colours only when asked or on a terminal', () => {
    const file = tmp.write('colour.yaml', edit(MINIMAL, 'scope: external', 'scope: extern'));
    expect(runCli(['check', file]).stdout).not.toMatch(/\x1b\[/);
    expect(runCli(['check', file], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\x1b\[31merror/);
    expect(runCli(['--no-color', 'check', file], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
    expect(runCli(['check', file], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
    expect(runCli(['--color', 'check', file]).stdout).toMatch(/\x1b\[/);
  });

  const badInputs: { name: string; content?: string | Uint8Array; path?: string; expected: RegExp }[] = [
    { name: 'an empty file', content: '', expected: /:1:1: error: is empty; a strategy starts with apiVersion/ },
    { name: 'a missing file', path: 'no/such/strategy.yaml', expected: /^no\/such\/strategy\.yaml: error: no such file \[file\/unreadable\]$/m },
    { name: 'a directory', path: 'examples', expected: /^examples: error: is a directory, not a file \[file\/unreadable\]$/m },
    { name: 'binary data', content: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), expected: /:3:1: error: is binary data, not a YAML text file \[file\/not-text\]/ },
    { name: 'invalid UTF-8', content: Uint8Array.from([0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a]), expected: /:1:1: error: is not UTF-8 text/ },
    { name: 'tab indentation', content: edit(MINIMAL, '  status: draft', '\tstatus: draft'), expected: /:11:1: error: tabs are not allowed as indentation in YAML; indent with spaces \[yaml\/syntax\]/ },
    { name: 'duplicate keys', content: edit(MINIMAL, '  status: draft', '  status: draft\n  status: approved'), expected: /:12:3: error: .*unique.* \[yaml\/duplicate-key\]/ },
    { name: 'a top-level list', content: '- a\n- b\n', expected: /:1:1: error: holds a list at the top level/ },
    { name: 'a list as a key', content: 'apiVersion: socialplan/v1\nkind: SocialStrategy\n[metadata]: x\n', expected: /:3:1: error: a key here is a list or a mapping; keys are text, such as name: \[yaml\/key-not-text\]/ },
    { name: 'a top-level scalar', content: '42\n', expected: /:1:1: error: holds a number at the top level/ },
    { name: 'an unsupported apiVersion', content: edit(MINIMAL, 'socialplan/v1', 'socialplan/v2'), expected: /:3:13: error: apiVersion "socialplan\/v2" is newer than this socialplan reads/ },
    { name: 'an unsupported kind', content: edit(MINIMAL, 'kind: SocialStrategy', 'kind: Strategy'), expected: /:4:7: error: kind "Strategy" is not a strategy/ },
    { name: 'a wrong type', content: edit(MINIMAL, 'title: Minimal strategy', 'title: [Minimal]'), expected: /:7:10: error: metadata\.title must be text, not a list \[schema\/type\]/ },
    { name: 'an unknown key', content: edit(MINIMAL, 'lawfulBasis:', 'lawfullBasis:'), expected: /:25:7: error: unknown key "lawfullBasis"/ },
    { name: 'a dangling reference', content: edit(MINIMAL, 'platforms: [linkedin]', 'platforms: [linkedln]'), expected: /:23:17: error: "linkedln" is not a platform in platforms; did you mean "linkedin"\? \[reference\/unknown-id\]/ },
    { name: 'deep nesting', content: `x-deep: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`, expected: /:1:\d+: error: is nested too deeply to be a strategy \[yaml\/too-deep\]/ },
    { name: 'a __proto__ key', content: edit(MINIMAL, '  status: draft', '  status: draft\n  __proto__: { isAdmin: true }'), expected: /:12:3: error: unknown key "__proto__"/ },
  ];

  it.each(badInputs)('rejects $name with one located message and exit 2', ({ name, content, path, expected }) => {
    const file = path ?? tmp.write(`${name.replace(/\W+/g, '-')}.yaml`, content!);
    const run = runCli(['check', file]);
    expectCleanFailure(run);
    expect(run.stdout).toMatch(expected);
    expect(run.stdout.match(/ error: /g)).toHaveLength(1);
    expect(run.stderr).toBe('');
  });

  it('rejects an alias bomb quickly', () => {
    let bomb = 'apiVersion: socialplan/v1\nkind: SocialStrategy\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
    for (let i = 0, previous = 'a'; i < 9; previous = `b${i}`, i++) bomb += `b${i}: &b${i} [${Array(9).fill(`*${previous}`).join(', ')}]\n`;
    const run = runCli(['check', tmp.write('bomb.yaml', bomb)]);
    expectCleanFailure(run);
    expect(run.stdout).toMatch(/:4:10: error: expands its aliases \(\*name\) past 100 copies.* \[yaml\/too-many-aliases\]/);
  });

  it('reports the unreadable file and still checks the others', () => {
    const run = runCli(['check', 'missing.yaml', examples[0]!, ...AS_OF]);
    expectCleanFailure(run);
    expect(run.stdout).toMatch(/^missing\.yaml: error: no such file/m);
    expect(run.stdout).toMatch(/^2 files checked, 1 not a valid strategy: 1 error(,|$)/m);
  });
});

describe('the command line', () => {
  it('--help lists the commands and leads with examples', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\s+check \[options\] <file\.\.\.>/m);
    expect(run.stdout).toMatch(/^\s+schema \[options\]/m);
    expect(run.stdout).toMatch(/Examples:\n\s+\$ socialplan init/);
    expect(run.stdout).toMatch(/^\s+init \[options\]/m);
    expect(run.stdout).toMatch(/^\s+add /m);
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(runCli(['--version'])).toMatchObject({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('answers -v and --version alone before loading commander, exactly as commander answers them with other options', () => {
    const viaCommander = runCli(['--no-color', '--version']);
    expect(viaCommander.status).toBe(0);
    for (const flag of ['--version', '-v']) expect(runCli([flag])).toMatchObject({ status: 0, stdout: viaCommander.stdout, stderr: viaCommander.stderr });
  });

  it.each([
    [['check'], /missing required argument 'file'/],
    [['check', 'x.yaml', '--format', 'xml'], /argument 'xml' is invalid. Allowed choices are stylish, json, sarif, junit, github, gitlab, markdown/],
    [['check', 'x.yaml', '--frmat', 'json'], /unknown option '--frmat'/],
    [['chek'], /unknown command 'chek'/],
  ])('usage error %j: one message on stderr, exit 2', (args, message) => {
    const run = runCli(args);
    expectCleanFailure(run);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/^socialplan: /);
    expect(run.stdout).toBe('');
  });

  it('does not wait on an idle stdin', () => {
    const run = runCli(['check', 'x.yaml'], { input: undefined });
    expect(run.status).toBe(2);
  });
});

describe('socialplan schema', () => {
  it('writes the schema atomically with --out', () => {
    const out = join(tmp.dir, 'strategy.schema.json');
    const run = runCli(['schema', '--out', out]);
    expect(run).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(JSON.parse(readFileSync(join(ROOT, 'schema/strategy.schema.json'), 'utf8')));
  });

  it('fails cleanly when --out cannot be written', () => {
    const run = runCli(['schema', '--out', join(tmp.dir, 'no-such-dir', 'x.json')]);
    expectCleanFailure(run);
    expect(run.stderr).toMatch(/^socialplan: .*x\.json: cannot be written: the folder does not exist \(ENOENT\)\n$/);
  });
});
