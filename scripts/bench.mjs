#!/usr/bin/env node
// npm run bench: whole-process timings of socialplan against `node -e 0` measured in the same run, in a clean
// environment (variables such as NODE_EXTRA_CA_CERTS add tens of ms to every Node start), with warm-up runs and
// medians; scaling on generated strategies of 1, 5 and 20 MB with peak memory. No network.
// `npm run bench -- --smoke` runs each case once on small inputs, without targets: CI runs it so the bench never rots.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'socialplan.cjs');
const PRELOAD = join(ROOT, 'scripts', 'bench', 'peak-rss.cjs');
const smoke = process.argv.includes('--smoke');
const RUNS = smoke ? 1 : Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = smoke ? 0 : 3;
const work = mkdtempSync(join(tmpdir(), 'socialplan-bench-'));
const AS_OF = ['--as-of', '2026-11-25'];

/** Only what a user's shell would certainly have: no NODE_OPTIONS, no extra CA certificates, no colour. */
const CLEAN_ENV = { PATH: process.env.PATH ?? '', HOME: work, NO_COLOR: '1' };

function once(args, { memory = false } = {}) {
  const rssFile = join(work, 'rss');
  const env = memory ? { ...CLEAN_ENV, SOCIALPLAN_BENCH_RSS: rssFile } : CLEAN_ENV;
  const argv = memory ? ['--require', PRELOAD, ...args] : args;
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, argv, { cwd: work, env, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error) throw result.error;
  const rssMiB = memory ? Number(readFileSync(rssFile, 'utf8')) / 1024 : undefined;
  return { ms, status: result.status, stderr: result.stderr, rssMiB };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const NODE = ['-e', '0'];
const allBaselines = [];

/**
 * A case's runs, each paired with a run of `node -e 0` just before it: the ratio is the case's median
 * over the median of its own baseline runs, so a machine that slows down or speeds up during the
 * bench (other work, CPU frequency) moves both alike instead of skewing the ratios of later cases.
 */
function measure(name, args, { expect = [0, 1], memory = false, runs = RUNS } = {}) {
  for (let i = 0; i < WARMUP; i++) {
    once(NODE);
    once(args);
  }
  const times = [];
  const baseline = [];
  let rss = 0;
  for (let i = 0; i < runs; i++) {
    baseline.push(once(NODE).ms);
    const r = once(args, { memory });
    if (!expect.includes(r.status)) throw new Error(`${name}: exit ${r.status}\n${r.stderr}`);
    times.push(r.ms);
    if (r.rssMiB !== undefined) rss = Math.max(rss, r.rssMiB);
  }
  allBaselines.push(...baseline);
  return { name, ms: median(times), baseMs: median(baseline), runs, ...(memory ? { rssMiB: rss } : {}) };
}

/** A strategy of about `mb` megabytes: the portfolio example's initiatives repeated under new ids. */
function generated(mb) {
  const text = readFileSync(join(ROOT, 'examples', 'portfolio.yaml'), 'utf8');
  const start = text.indexOf('\ninitiatives:\n') + '\ninitiatives:\n'.length;
  const end = text.indexOf('\n# Every platform used');
  const block = text.slice(start, end);
  const copies = [];
  let size = text.length;
  for (let n = 1; size < mb * 1024 * 1024; n++) {
    const copy = block.replace(/^ {2}- id: ([a-z-]+)$/gm, `  - id: $1-${n}`);
    copies.push(copy);
    size += copy.length + 1;
  }
  const file = join(work, `strategy-${mb}mb.yaml`);
  writeFileSync(file, `${text.slice(0, end)}\n${copies.join('\n')}${text.slice(end)}`);
  return file;
}

const examples = ['manufacturer-collaboration', 'bank-customer-engagement', 'portfolio'];
const results = [];
results.push({ ...measure('socialplan --version', [BIN, '--version']), target: 1.5 });
for (const e of examples) results.push({ ...measure(`check ${e}`, [BIN, 'check', join(ROOT, 'examples', `${e}.yaml`), ...AS_OF]), target: 3 });
results.push({ ...measure('render portfolio', [BIN, 'render', join(ROOT, 'examples', 'portfolio.yaml'), '--out', join(work, 'briefings'), '--force', ...AS_OF]), target: 4 });
results.push({ ...measure('init --yes', [BIN, 'init', '--yes', '--force', '--out', join(work, 'init.yaml')]), target: null });
const sizes = smoke ? [0.1] : [1, 5, 20];
const scale = {};
for (const mb of sizes) {
  const file = generated(mb);
  const r = measure(`check ${mb} MB strategy`, [BIN, 'check', file, ...AS_OF], { memory: true, runs: smoke ? 1 : mb >= 20 ? 3 : 5 });
  scale[mb] = r;
  results.push({ ...r, target: null, ...(mb === 5 ? { limit: { ms: 1500, rssMiB: 256 } } : {}) });
}
rmSync(work, { recursive: true, force: true });

const rows = [{ name: 'node -e 0 (all paired runs)', ms: median(allBaselines), baseMs: median(allBaselines), target: null }, ...results].map((r) => {
  const ratio = r.ms / r.baseMs;
  const goal = r.target ? `<= ${r.target}x` : r.limit ? `<= ${r.limit.ms} ms, ${r.limit.rssMiB} MiB` : '';
  const met = smoke ? '' : r.target ? (ratio <= r.target ? 'yes' : 'NO') : r.limit ? (r.ms <= r.limit.ms && r.rssMiB <= r.limit.rssMiB ? 'yes' : 'NO') : '';
  return [r.name, `${Math.round(r.ms)}`, `${ratio.toFixed(1)}x`, r.rssMiB ? `${Math.round(r.rssMiB)}` : '', goal, met];
});
if (!smoke && scale[5] && scale[20]) {
  const growth = scale[20].ms / scale[5].ms;
  rows.push(['time(20 MB) / time(5 MB)', '', `${growth.toFixed(2)}`, '', '<= 4.5', growth <= 4.5 ? 'yes' : 'NO']);
}
const head = ['case', 'median ms', 'x node -e 0', 'peak MiB', 'target', 'met'];
const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
const line = (r) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
console.log(`socialplan bench, ${new Date().toISOString().slice(0, 10)}: Node ${process.versions.node}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB; ${smoke ? 'smoke run: each case once, small inputs, no targets' : `${RUNS} runs after ${WARMUP} warm-up, medians`}\n`);
console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
