import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

// socialplan as a user gets it: the package npm would publish, packed, installed into an empty
// project, and run from a folder that has nothing to do with this repository. Every path it prints
// must exist in that installation.

const tmp = tempDir();
const app = join(tmp.dir, 'app');
const elsewhere = join(tmp.dir, 'elsewhere');
let bin = '';
let installed = '';

function npm(args: string[], cwd: string): string {
  const run = spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 240_000, env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });
  if (run.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${run.status}): ${run.stdout}${run.stderr}`);
  return run.stdout;
}

function socialplan(args: string[]): { stdout: string; stderr: string; status: number | null } {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: elsewhere, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true' }, input: '' });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

/** Every absolute path under the installation that a text names. */
function pathsIn(text: string): string[] {
  return [...text.matchAll(new RegExp(`${installed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s)'"]*`, 'g'))].map((m) => m[0].replace(/[.,;:]$/, ''));
}

beforeAll(() => {
  // The build is fresh (npm test builds first), so packing need not run `prepare` again.
  const tarball = npm(['pack', '--ignore-scripts', '--pack-destination', tmp.dir], ROOT).trim().split('\n').at(-1)!;
  mkdirSync(app);
  mkdirSync(elsewhere);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
  npm(['install', '--prefer-offline', '--no-package-lock', join(tmp.dir, tarball)], app);
  installed = join(app, 'node_modules', 'socialplan');
  bin = join(installed, 'bin', 'socialplan.cjs');
}, 300_000);

describe('the packed package, installed into an empty project', () => {
  it('carries what it points to, and nothing of the repository’s own', () => {
    for (const folder of ['bin', 'dist', 'docs', 'examples', 'schema', 'templates']) expect(existsSync(join(installed, folder)), folder).toBe(true);
    for (const folder of ['src', 'test', 'scripts', '.ci', 'node_modules/.bin']) expect(existsSync(join(installed, folder)), folder).toBe(false);
    expect(readdirSync(join(installed, 'docs', 'rules'))).toContain('privacy');
  });

  it('--help runs, and the docs folder it names is there', () => {
    const run = socialplan(['--help']);
    expect(run.status).toBe(0);
    const paths = pathsIn(run.stdout);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(existsSync(path), path).toBe(true);
  });

  it('explain prints a docs page that exists in the installation', () => {
    for (const rule of ['privacy/lawful-basis', 'legal/legal-hold', 'yaml/syntax', 'waiver/expired']) {
      const run = socialplan(['explain', rule]);
      expect(run.status, run.stderr).toBe(0);
      const paths = pathsIn(run.stdout);
      expect(paths, rule).toHaveLength(1);
      expect(existsSync(paths[0]!), paths[0]).toBe(true);
    }
  });

  it('check and render work on the examples it ships, from an unrelated folder', () => {
    cpSync(join(installed, 'examples', 'portfolio.yaml'), join(elsewhere, 'portfolio.yaml'));
    const check = socialplan(['check', 'portfolio.yaml', '--as-of', '2026-12-06']);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    const render = socialplan(['render', 'portfolio.yaml', '--out', 'briefings', '--as-of', '2026-12-06']);
    expect(render.stderr).toBe('');
    expect(render.status).toBe(0);
    expect(readdirSync(join(elsewhere, 'briefings'))).toContain('board-briefing.md');
  });

  it('init --yes drafts a strategy check accepts; without a terminal it names a docs page that exists', () => {
    const init = socialplan(['init', '--yes', '--out', 'draft.yaml']);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(socialplan(['check', 'draft.yaml']).status).toBe(0);
    const refused = socialplan(['init', '--out', 'other.yaml']);
    expect(refused.status).toBe(2);
    const paths = pathsIn(refused.stderr);
    expect(paths).toHaveLength(1);
    expect(existsSync(paths[0]!), paths[0]).toBe(true);
  });

  it('answers files from the package draft strategies with no error', () => {
    const init = socialplan(['init', '--answers', join(installed, 'examples', 'answers', 'internal-network.yaml'), '--out', 'network.yaml']);
    expect(init.stderr).toBe('');
    expect(socialplan(['check', 'network.yaml']).status).toBe(0);
  });
});
