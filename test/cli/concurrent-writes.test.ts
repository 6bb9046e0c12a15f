import { fork, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MINIMAL, ROOT, tempFolders } from '../helpers.js';

/**
 * Two socialplan runs that rewrite one strategy at the same moment lose neither change: each run
 * either applies its change on top of the other's, or fails with exit 2 and "FILE changed while ...
 * ran; nothing written". Each kind of pair is raced 50 times, by two long-lived processes that start
 * their run on the same signal (test/cli/concurrent-runner.cjs), through the built bundles.
 */

const PAIRS = 50;
const folder = tempFolders('race-');

interface Outcome {
  status: number;
  stdout: string;
  stderr: string;
  /** When the run first read strategy.yaml, and when it renamed its new version into place (process.hrtime, as text). */
  firstRead?: string;
  renamed?: string;
}

class Runner {
  private readonly child: ChildProcess;
  private readonly ready: Promise<void>;

  constructor() {
    this.child = fork(join(ROOT, 'test', 'cli', 'concurrent-runner.cjs'), [], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.ready = new Promise((done) => this.child.once('message', () => done()));
  }

  async run(argv: string[], cwd: string): Promise<Outcome> {
    await this.ready;
    return new Promise((done) => {
      this.child.once('message', (outcome) => done(outcome as Outcome));
      this.child.send({ argv, cwd, env: {} });
    });
  }

  stop(): void {
    this.child.kill();
  }
}

let a: Runner;
let b: Runner;
beforeAll(() => {
  a = new Runner();
  b = new Runner();
});
afterAll(() => {
  a.stop();
  b.stop();
});

const STRATEGY = `${MINIMAL.replace('  status: draft\n', '  status: draft\n  history:\n    - { version: 0.1.0, date: 2026-11-01, author: Ada Lovelace, summary: First draft. }\n')}stakeholders:
  privacy: { owner: Priya Patel }
  legal: { owner: Lena Fischer }
`;

interface Race {
  /** The two command lines, run at the same moment in one folder holding strategy.yaml. */
  argv: [string[], string[]];
  /** Extra files the commands read. */
  files?: Record<string, string>;
  /** Whether run `i`'s change is in the strategy afterwards. */
  applied(strategy: any, i: 0 | 1, text: string): boolean;
  /** The word the refusal names: "FILE changed while bump ran". */
  command: [string, string];
}

interface Tally {
  bothApplied: number;
  refused: number;
  lost: string[];
}

async function race(kind: Race): Promise<Tally> {
  const tally: Tally = { bothApplied: 0, refused: 0, lost: [] };
  for (let round = 0; round < PAIRS; round++) {
    const { dir, write } = folder();
    write('strategy.yaml', STRATEGY);
    for (const [name, text] of Object.entries(kind.files ?? {})) write(name, text);
    const outcomes = await Promise.all([a.run(kind.argv[0], dir), b.run(kind.argv[1], dir)]);
    const text = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    const strategy = parse(text);
    outcomes.forEach((outcome, i) => {
      const applied = kind.applied(strategy, i as 0 | 1, text);
      if (outcome.status === 0 && !applied) tally.lost.push(`round ${round}: ${kind.argv[i]!.join(' ')} exited 0 but its change is gone`);
      if (outcome.status === 2) {
        expect(outcome.stderr).toBe(`socialplan: strategy.yaml changed while ${kind.command[i]} ran; nothing written (run ${kind.command[i]} again)\n`);
        expect(applied).toBe(false);
        tally.refused++;
      } else {
        expect(outcome, `${kind.argv[i]!.join(' ')}: ${outcome.stderr}`).toMatchObject({ status: 0, stderr: '' });
      }
    });
    if (outcomes.every((o) => o.status === 0)) tally.bothApplied++;
    // No temporary file and no lock left behind.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'))).toEqual([]);
  }
  return tally;
}

const history = (s: any, summary: string) => (s.metadata.history ?? []).some((h: { summary: string }) => h.summary === summary);
const signed = (s: any, stakeholder: string) => (s.signoffs ?? []).some((x: { stakeholder: string }) => x.stakeholder === stakeholder);
const initiative = (s: any, id: string) => s.initiatives.some((x: { id: string }) => x.id === id);
const answers = (id: string) => `apiVersion: socialplan/v1\nkind: Answers\ninitiatives:\n  - { scope: internal, name: Initiative ${id}, id: ${id}, platform: linkedin }\n`;

describe(`${PAIRS} pairs of runs at the same moment on one strategy`, () => {
  it('two bumps: both history entries, the version raised twice', async () => {
    const tally = await race({
      argv: [
        ['bump', 'patch', 'strategy.yaml', '-m', 'Change A.', '--author', 'A', '--date', '2026-12-01'],
        ['bump', 'patch', 'strategy.yaml', '-m', 'Change B.', '--author', 'B', '--date', '2026-12-01'],
      ],
      command: ['bump', 'bump'],
      applied: (s, i) => history(s, i === 0 ? 'Change A.' : 'Change B.'),
    });
    expect(tally.lost).toEqual([]);
    expect(tally.bothApplied).toBe(PAIRS);
  }, 120_000);

  it('signoff privacy and signoff legal: both sign-offs', async () => {
    const tally = await race({
      argv: [
        ['signoff', 'privacy', 'strategy.yaml', '--by', 'Priya Patel', '--date', '2026-12-01'],
        ['signoff', 'legal', 'strategy.yaml', '--by', 'Lena Fischer', '--date', '2026-12-01'],
      ],
      command: ['signoff', 'signoff'],
      applied: (s, i) => signed(s, i === 0 ? 'privacy' : 'legal'),
    });
    expect(tally.lost).toEqual([]);
    expect(tally.bothApplied).toBe(PAIRS);
  }, 120_000);

  it('a bump and a sign-off: the history entry and the sign-off', async () => {
    const tally = await race({
      argv: [
        ['bump', 'minor', 'strategy.yaml', '-m', 'Change A.', '--author', 'A', '--date', '2026-12-01'],
        ['signoff', 'privacy', 'strategy.yaml', '--by', 'Priya Patel', '--date', '2026-12-01'],
      ],
      command: ['bump', 'signoff'],
      applied: (s, i) => (i === 0 ? history(s, 'Change A.') : signed(s, 'privacy')),
    });
    expect(tally.lost).toEqual([]);
    expect(tally.bothApplied).toBe(PAIRS);
  }, 120_000);

  it('two add initiative runs: both initiatives', async () => {
    const tally = await race({
      argv: [
        ['add', 'initiative', 'strategy.yaml', '--answers', 'a.yaml'],
        ['add', 'initiative', 'strategy.yaml', '--answers', 'b.yaml'],
      ],
      files: { 'a.yaml': answers('first-added'), 'b.yaml': answers('second-added') },
      command: ['add initiative', 'add initiative'],
      applied: (s, i) => initiative(s, i === 0 ? 'first-added' : 'second-added'),
    });
    expect(tally.lost).toEqual([]);
    expect(tally.bothApplied).toBe(PAIRS);
  }, 120_000);

  it('two init --force runs: the later one to write refuses rather than replace a strategy it never saw', async () => {
    const org = (name: string) => `apiVersion: socialplan/v1\nkind: Answers\norganisation:\n  organization: ${name}\n`;
    let overlapping = 0;
    let lost = 0;
    for (let round = 0; round < PAIRS; round++) {
      const { dir, write } = folder();
      write('strategy.yaml', STRATEGY);
      write('a.yaml', org('Alpha Ltd'));
      write('b.yaml', org('Beta Ltd'));
      const outcomes = await Promise.all([
        a.run(['init', '--force', '--answers', 'a.yaml', '--out', 'strategy.yaml'], dir),
        b.run(['init', '--force', '--answers', 'b.yaml', '--out', 'strategy.yaml'], dir),
      ]);
      const written = parse(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).metadata.organization;
      for (const [i, outcome] of outcomes.entries()) {
        if (outcome.status === 2) expect(outcome.stderr).toBe('socialplan: strategy.yaml changed while init ran; nothing written (run init again)\n');
        else expect(outcome.status).toBe(0);
      }
      // Each read the file before the other put its strategy in place: only one of them may.
      for (const o of outcomes) expect(o.firstRead, 'the runner saw when each run read the strategy').toBeDefined();
      const [x, y] = outcomes.map((o) => ({ read: BigInt(o.firstRead!), renamed: o.renamed === undefined ? undefined : BigInt(o.renamed) }));
      const before = (p: typeof x, q: typeof x) => q!.renamed === undefined || p!.read < q!.renamed;
      if (before(x, y) && before(y, x)) {
        overlapping++;
        if (outcomes.every((o) => o.status === 0)) lost++;
      }
      // Whoever succeeded last is what the file holds.
      const winners = outcomes.map((o, i) => (o.status === 0 ? (i === 0 ? 'Alpha Ltd' : 'Beta Ltd') : undefined)).filter(Boolean);
      expect(winners).toContain(written);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'))).toEqual([]);
    }
    expect(lost).toBe(0);
    // The race is real: most pairs ran side by side.
    expect(overlapping).toBeGreaterThan(PAIRS / 2);
  }, 120_000);
});
