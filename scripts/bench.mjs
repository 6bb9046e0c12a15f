#!/usr/bin/env node
// npm run bench: whole-process timings of socialplan against `node -e 0` measured in the same run, in a clean
// environment (variables such as NODE_EXTRA_CA_CERTS add tens of ms to every Node start), with warm-up runs and
// medians; scaling on generated strategies of 5 and 20 MB in each style (scripts/bench/styles.mjs) with peak memory. No network.
// `npm run bench -- --smoke` runs each case once on small inputs, without targets: CI runs it so the bench never rots.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { generatedStrategy, STYLE_NAMES } from './bench/styles.mjs';

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

/** A strategy of about `mb` megabytes in `style` (scripts/bench/styles.mjs), written to the work folder. */
function generated(mb, style) {
  const file = join(work, `strategy-${style}-${mb}mb.yaml`);
  writeFileSync(file, generatedStrategy(ROOT, mb, style));
  return file;
}

const examples = ['manufacturer-collaboration', 'bank-customer-engagement', 'portfolio'];
const results = [];
results.push({ ...measure('socialplan --version', [BIN, '--version']), target: 1.5 });
for (const e of examples) results.push({ ...measure(`check ${e}`, [BIN, 'check', join(ROOT, 'examples', `${e}.yaml`), ...AS_OF]), target: 3 });
results.push({ ...measure('render portfolio', [BIN, 'render', join(ROOT, 'examples', 'portfolio.yaml'), '--out', join(work, 'briefings'), '--force', ...AS_OF]), target: 4 });
// The board pack: every briefing with its charts, as one HTML file and as a PDF.
results.push({ ...measure('render portfolio --format html', [BIN, 'render', join(ROOT, 'examples', 'portfolio.yaml'), '--out', join(work, 'html'), '--force', '--format', 'html', '--single', ...AS_OF]), target: 6 });
results.push({ ...measure('render portfolio --format pdf', [BIN, 'render', join(ROOT, 'examples', 'portfolio.yaml'), '--out', join(work, 'pdf'), '--force', '--format', 'pdf', ...AS_OF]), target: 12 });
results.push({ ...measure('init --yes', [BIN, 'init', '--yes', '--force', '--out', join(work, 'init.yaml')]), target: null });
// Scale: every style at 5 and 20 MB (1 MB too for plain block YAML), each with its peak memory; and a
// 5 and 20 MB file with one key written twice, which the yaml package reads and words.
const scale = [];
for (const style of STYLE_NAMES) {
  const rows = {};
  for (const mb of smoke ? [0.1] : style === 'plain' ? [1, 5, 20] : [5, 20]) {
    const file = generated(mb, style);
    const r = measure(`check ${mb} MB, ${style}`, [BIN, 'check', file, ...AS_OF], { memory: true, runs: smoke ? 1 : 5 });
    rows[mb] = r;
    results.push({ ...r, target: null, ...(mb === 5 ? { limit: { ms: 1500, rssMiB: 256 } } : {}) });
  }
  scale.push({ name: style, rows });
}
{
  const rows = {};
  for (const mb of smoke ? [0.1] : [5, 20]) {
    const file = generated(mb, 'plain');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('\nkind: SocialStrategy\n', '\nkind: SocialStrategy\nkind: SocialStrategy\n'));
    const r = measure(`check ${mb} MB, a duplicate key`, [BIN, 'check', file, ...AS_OF], { memory: true, expect: [2], runs: smoke ? 1 : 5 });
    rows[mb] = r;
    results.push({ ...r, target: null });
  }
  scale.push({ name: 'a duplicate key', rows });
}
// Each reader's share: one parse of each example in a fresh process, as `check` meets it (cold code).
// A reader that steps aside from a file shows "aside".
const parseOnce = join(work, 'parse-once.cjs');
buildSync({
  entryPoints: [join(ROOT, 'scripts', 'bench', 'parse-once.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: parseOnce,
  logLevel: 'error',
  // As scripts/build.mjs does: the yaml package is loaded on first use through createRequire(import.meta.url).
  // (resolved from this folder, so that it finds node_modules from the work folder).
  define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(ROOT, 'scripts', 'bench', 'parse-once.ts')).href) },
});
const readerRows = [];
for (const e of examples) {
  const row = [e];
  for (const reader of ['plain', 'js-yaml', 'yaml']) {
    const times = [];
    let read = true;
    for (let i = 0; i < (smoke ? 1 : RUNS); i++) {
      const r = spawnSync(process.execPath, [parseOnce, reader, join(ROOT, 'examples', `${e}.yaml`)], { env: CLEAN_ENV, encoding: 'utf8' });
      const out = JSON.parse(r.stdout);
      times.push(out.ms);
      read &&= out.read;
    }
    row.push(read ? median(times).toFixed(1) : 'aside');
  }
  readerRows.push(row);
}
rmSync(work, { recursive: true, force: true });

const rows = [{ name: 'node -e 0 (all paired runs)', ms: median(allBaselines), baseMs: median(allBaselines), target: null }, ...results].map((r) => {
  const ratio = r.ms / r.baseMs;
  const goal = r.target ? `<= ${r.target}x` : r.limit ? `<= ${r.limit.ms} ms, ${r.limit.rssMiB} MiB` : '';
  const met = smoke ? '' : r.target ? (ratio <= r.target ? 'yes' : 'NO') : r.limit ? (r.ms <= r.limit.ms && r.rssMiB <= r.limit.rssMiB ? 'yes' : 'NO') : '';
  return [r.name, `${Math.round(r.ms)}`, `${ratio.toFixed(1)}x`, r.rssMiB ? `${Math.round(r.rssMiB)}` : '', goal, met];
});
for (const { name, rows: sizes } of scale) {
  if (smoke || !sizes[5] || !sizes[20]) continue;
  const growth = sizes[20].ms / sizes[5].ms;
  rows.push([`time(20 MB) / time(5 MB), ${name}`, '', `${growth.toFixed(2)}`, '', '<= 4.5', growth <= 4.5 ? 'yes' : 'NO']);
}
const head = ['case', 'median ms', 'x node -e 0', 'peak MiB', 'target', 'met'];
const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
const line = (r) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
console.log(`socialplan bench, ${new Date().toISOString().slice(0, 10)}: Node ${process.versions.node}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB; ${smoke ? 'smoke run: each case once, small inputs, no targets' : `${RUNS} runs after ${WARMUP} warm-up, medians`}\n`);
console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
const readerHead = ['example: parse ms (median, fresh process)', 'plain reader', 'js-yaml', 'yaml package'];
const readerWidths = readerHead.map((h, c) => Math.max(h.length, ...readerRows.map((r) => r[c].length)));
const readerLine = (r) => `| ${r.map((cell, c) => cell.padEnd(readerWidths[c])).join(' | ')} |`;
console.log(`\n${[readerLine(readerHead), readerLine(readerWidths.map((w) => '-'.repeat(w))), ...readerRows.map(readerLine)].join('\n')}`);
