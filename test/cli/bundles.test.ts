import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, tempFolders } from '../helpers.js';

/**
 * The built command is one CommonJS bundle per command (scripts/build.mjs), and bin/socialplan.cjs loads the
 * one for the command being run, with the V8 code cache the build wrote for the bundles that run most. These
 * tests hold the build and the executable to that: every command has its bundle, a bundle holds its command
 * only, V8 takes the caches, and a cache that no longer belongs to its bundle is never used.
 */

const DIST = join(ROOT, 'dist');
const built = existsSync(join(DIST, 'socialplan.cjs'));
const folder = tempFolders();
const PORTFOLIO = join(ROOT, 'examples', 'portfolio.yaml');
const AS_OF = ['--as-of', '2026-11-25'];
const COMMANDS = readdirSync(join(ROOT, 'src', 'cli', 'commands'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3));

/** Runs this code in a fresh Node process with the executable's loadBundle in scope; returns its stdout. */
function withLoader(code: string): string {
  const run = spawnSync(process.execPath, ['-e', `const { loadBundle } = require(${JSON.stringify(BIN)});\n${code}`], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

/** A copy of the installed command (bin, dist, package.json) in a folder of its own, using this project's node_modules. */
function copyOfCommand(): string {
  const { dir } = folder();
  for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true, preserveTimestamps: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function runCopy(dir: string, args: string[]) {
  return spawnSync(process.execPath, [join(dir, 'bin', 'socialplan.cjs'), ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
}

describe.skipIf(!built)('the built command', () => {
  it('has a bundle for every command, and each answers its own --help', () => {
    for (const command of COMMANDS) {
      expect(existsSync(join(DIST, `socialplan-${command}.cjs`)), command).toBe(true);
      const run = runCli([command, '--help']);
      expect(run.status, command).toBe(0);
      expect(run.stdout, command).toContain(`Usage: socialplan ${command}`);
    }
  });

  it('holds one command per bundle: another command in it is a stand-in that says so', () => {
    const out = withLoader(`
      const io = { stdin: {}, stdout: { write: (s) => process.stdout.write('OUT ' + s) }, stderr: { write: (s) => process.stdout.write('ERR ' + s) }, env: {}, cwd: process.cwd() };
      loadBundle(${JSON.stringify(join(DIST, 'socialplan-check.cjs'))}).exports.run(['schema'], io).then((code) => process.stdout.write('EXIT ' + code + '\\n'));
    `);
    expect(out).toContain('ERR socialplan: internal error: the schema command is not in check bundle');
    expect(out).toContain('EXIT 2');
    expect(readFileSync(join(DIST, 'socialplan-check.cjs'), 'utf8')).not.toContain('Parse error on line');
  });

  it('has source maps that name src/ files and lines in a stack trace, as SOCIALPLAN_DEBUG shows them', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--enable-source-maps',
        '-e',
        `const io = { stdin: {}, stdout: process.stdout, stderr: process.stderr, env: { SOCIALPLAN_DEBUG: '1' }, cwd: process.cwd() };
         require(${JSON.stringify(join(DIST, 'socialplan-check.cjs'))}).run(['schema'], io);`,
      ],
      { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
    );
    expect(run.stderr).toContain('socialplan: internal error: the schema command is not in check bundle');
    expect(run.stderr).toMatch(/\(.*src[\\/]cli[\\/]options[\\/]schema\.ts:\d+:\d+\)/);
    expect(run.stderr).toMatch(/src[\\/]cli[\\/]main\.ts:\d+:\d+/);
  });

  it('has code caches for --version, check, render and the board pack\'s libraries that this Node accepts', () => {
    const caches = readdirSync(DIST).filter((f) => f.endsWith('.cjs.cache'));
    expect(caches.sort()).toEqual(['markdown.cjs.cache', 'socialplan-check.cjs.cache', 'socialplan-render.cjs.cache', 'socialplan.cjs.cache']);
    const out = withLoader(`
      for (const cache of ${JSON.stringify(caches)}) {
        const { script } = loadBundle(require('node:path').join(${JSON.stringify(DIST)}, cache.slice(0, -'.cache'.length)));
        console.log(cache, script.cachedDataRejected);
      }
    `);
    for (const cache of caches) expect(out).toContain(`${cache} false`);
  });

  it('never runs a cache older than its bundle, which V8 would take if the length is the same', () => {
    const dir = copyOfCommand();
    const bundle = join(dir, 'dist', 'socialplan-check.cjs');
    // The same length, so V8's own check (length, version, flags) cannot tell the cache no longer fits.
    const edited = readFileSync(bundle, 'utf8').replaceAll('} checked: ${', '} CHECKED: ${');
    expect(edited).not.toBe(readFileSync(bundle, 'utf8'));
    writeFileSync(bundle, edited);
    const cachedAt = statSync(`${bundle}.cache`).mtimeMs;
    const older = new Date(cachedAt - 60_000);
    const newer = new Date(cachedAt + 60_000);

    // As a control, the edited bundle dated before its cache: the old code runs, which is what the date check prevents.
    utimesSync(bundle, older, older);
    expect(runCopy(dir, ['check', PORTFOLIO, ...AS_OF]).stdout).toContain('1 file checked: 4 waived');

    utimesSync(bundle, newer, newer);
    const run = runCopy(dir, ['check', PORTFOLIO, ...AS_OF]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('1 file CHECKED: 4 waived');
  });

  it('runs as usual when V8 refuses a cache: other flags, or a damaged or empty file', () => {
    const expected = runCli(['check', PORTFOLIO, ...AS_OF]);
    expect(expected.status).toBe(0);
    const dir = copyOfCommand();
    const cache = join(dir, 'dist', 'socialplan-check.cjs.cache');
    const damaged = readFileSync(cache);
    damaged.fill(7, 0, 64);
    for (const bytes of [damaged, Buffer.alloc(0), Buffer.from('not a cache')]) {
      writeFileSync(cache, bytes);
      const run = runCopy(dir, ['check', PORTFOLIO, ...AS_OF]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(expected.stdout);
    }

    // V8 refuses a cache made with other flags (as NODE_OPTIONS may set), and the command compiles as usual.
    const flags = spawnSync(process.execPath, ['--max-old-space-size=100', '-e', `const { loadBundle } = require(${JSON.stringify(BIN)}); console.log(loadBundle(${JSON.stringify(join(DIST, 'socialplan-check.cjs'))}).script.cachedDataRejected);`], { encoding: 'utf8' });
    expect(flags.stdout).toBe('true\n');
    const withFlags = runCli(['check', PORTFOLIO, ...AS_OF], { env: { NODE_OPTIONS: '--max-old-space-size=100' } });
    expect(withFlags.stderr).toBe('');
    expect(withFlags.stdout).toBe(expected.stdout);
  });

  it('says the build is missing, in one line with exit 2, when dist/ is not there', () => {
    const { dir } = folder();
    cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
    for (const args of [['check', PORTFOLIO], ['--version'], []]) {
      const run = runCopy(dir, args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toBe(`socialplan: the built command is missing (${join(dir, 'dist', 'socialplan.cjs')}); run \`npm run build\` in ${dir}\n`);
    }
  });
});
