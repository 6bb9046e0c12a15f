#!/usr/bin/env node
'use strict';
// The executable: picks the bundle of the command being run, loads it and runs it; the built CLI decides
// everything else, and only this file sets the exit code. CommonJS, like the bundles, because Node 20
// starts it about 10 ms sooner than an ES module.
const { existsSync, readFileSync, statSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const DIST = join(__dirname, '..', 'dist');

/**
 * The bundle for these arguments: dist/socialplan-<command>.cjs for the first argument that is not an option
 * (the word commander dispatches on; the program's own options take no value), else dist/socialplan.cjs,
 * which answers help, --version and mistakes.
 */
function bundleFor(argv) {
  const command = argv.find((arg) => !arg.startsWith('-'));
  const own = command !== undefined && /^[a-z]+$/.test(command) ? join(DIST, `socialplan-${command}.cjs`) : undefined;
  return own !== undefined && existsSync(own) ? own : join(DIST, 'socialplan.cjs');
}

/**
 * Loads a bundle as require() would, compiled with the V8 code cache the build wrote beside it (file.cache)
 * when there is one and it is not older than the bundle: V8 then skips compiling what a typical run needs.
 * V8 itself refuses a cache made by another Node version or with other flags, and compiles as usual.
 */
function loadBundle(file, { cache = true } = {}) {
  const known = loadBundle.loaded.get(file);
  if (known) return known;
  if (process.env.SOCIALPLAN_DEBUG) {
    const loaded = { exports: require(file), script: undefined };
    loadBundle.loaded.set(file, loaded);
    return loaded;
  }
  const source = readFileSync(file, 'utf8');
  let cachedData;
  if (cache) {
    try {
      if (statSync(`${file}.cache`).mtimeMs >= statSync(file).mtimeMs) cachedData = readFileSync(`${file}.cache`);
    } catch {
      // No cache: compile as usual.
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(file), module, file, dirname(file));
  const loaded = { exports: module.exports, script };
  loadBundle.loaded.set(file, loaded);
  return loaded;
}
/** Every bundle loaded in this process, by file: a library's bundle is loaded once, and the build writes the caches of all of them. */
loadBundle.loaded = new Map();

async function main() {
  const argv = process.argv.slice(2);
  const file = bundleFor(argv);
  let exported;
  try {
    // With SOCIALPLAN_DEBUG, a bug report's stack trace names src/ files and lines, not the bundle's: Node maps what require() loads.
    if (process.env.SOCIALPLAN_DEBUG) process.setSourceMapsEnabled(true);
    exported = loadBundle(file).exports;
  } catch (error) {
    if (error.code !== 'ENOENT' && error.code !== 'MODULE_NOT_FOUND') throw error;
    // A clone whose build did not run (or failed): say what to do rather than print a stack trace.
    process.stderr.write(`socialplan: the built command is missing (${file}); run \`npm run build\` in ${dirname(DIST)}\n`);
    process.exitCode = 2;
    return;
  }
  // A signal mid-run: temporary files are removed and the exit code says which signal (128 + its
  // number), as a shell would. A prompt's Ctrl-C is not a signal: the prompt ends itself with 130.
  const { interrupted } = exported;
  let ending = false;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.on(signal, async () => {
      if (ending) return;
      ending = true;
      if (interrupted) process.stderr.write(await interrupted(signal));
      process.exit(code);
    });
  }
  process.exitCode = await exported.run(argv);
  exitWhenFlushed(exported.unflushed());
}

/**
 * The command is done and everything it wrote is written: the process ends as soon as what it printed has
 * reached its reader. Left to end by itself, Node would first wait for V8's background compilers to finish
 * optimising code that will not run again and free a heap that is about to go (10 to 20 ms of a board pack's
 * run). The CLI writes its output straight to the file descriptors; output it had to queue (a pipe that
 * would block) is waited for, so none is lost, unless its reader goes away first.
 */
function exitWhenFlushed(pending) {
  if (!pending.length) process.exit();
  let waiting = pending.length;
  for (const stream of pending) {
    // Emptied, or closed because its reader went away.
    let done = false;
    const end = () => !done && (done = true) && --waiting === 0 && process.exit();
    stream.once('drain', end).once('close', end);
  }
}

// The bundles load the board pack's libraries through loadBundle too (scripts/build.mjs, cachedVendor).
module.exports = { loadBundle };
if (require.main === module) main();
