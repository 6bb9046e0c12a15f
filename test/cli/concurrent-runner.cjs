'use strict';
// A long-lived socialplan process for test/cli/concurrent-writes.test.ts: it runs one command each time
// the test says go, through the same built bundle and the same entry point as bin/socialplan.cjs, so two
// of these processes are two real socialplan runs at the same moment without the cost of starting Node
// hundreds of times. It answers with the exit code, the output, and when the run first read
// strategy.yaml and when it renamed a new version into place (watched here, not changed).
const fs = require('node:fs');
const { basename, join } = require('node:path');
const { loadBundle } = require('../../bin/socialplan.cjs');

const DIST = join(__dirname, '..', '..', 'dist');
const bundles = new Map();

function bundle(command) {
  if (!bundles.has(command)) bundles.set(command, loadBundle(join(DIST, `socialplan-${command}.cjs`)).exports);
  return bundles.get(command);
}

let firstRead;
let renamed;
// socialplan reads a file through openSync (src/fs/read-file.ts); the first open of strategy.yaml is
// the moment a run takes what it will compare against.
const openSync = fs.openSync;
fs.openSync = function watchedOpenSync(path, ...rest) {
  const fd = openSync.call(this, path, ...rest);
  if (firstRead === undefined && basename(String(path)) === 'strategy.yaml') firstRead = process.hrtime.bigint();
  return fd;
};
const renameSync = fs.renameSync;
fs.renameSync = function watchedRenameSync(from, to) {
  renameSync.call(this, from, to);
  if (basename(String(to)) === 'strategy.yaml') renamed = process.hrtime.bigint();
};

process.on('message', async ({ argv, cwd, env }) => {
  firstRead = undefined;
  renamed = undefined;
  let stdout = '';
  let stderr = '';
  const io = {
    stdin: { isTTY: false },
    stdout: { write: (chunk) => (stdout += chunk), isTTY: false },
    stderr: { write: (chunk) => (stderr += chunk), isTTY: false },
    env: { NO_COLOR: '1', ...env },
    cwd,
  };
  process.chdir(cwd);
  const status = await bundle(argv[0]).run(argv, io);
  // hrtime is one clock for every process on the machine; sent as text, since IPC has no bigint.
  process.send({ status, stdout, stderr, firstRead: firstRead?.toString(), renamed: renamed?.toString() });
});
process.send({ ready: true });
