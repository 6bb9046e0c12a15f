#!/usr/bin/env node
// The executable: the built CLI decides everything; only this file sets the exit code.
// A bug report's stack trace should name src/ files and lines, not the bundle's.
if (process.env.SOCIALPLAN_DEBUG) process.setSourceMapsEnabled(true);
// check and render have start files of their own, which load the command with the start (src/cli/entries/).
const ENTRIES = { check: 'socialplan-check.js', render: 'socialplan-render.js' };
const command = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
const { run } = await import(`../dist/${Object.hasOwn(ENTRIES, command ?? '') ? ENTRIES[command] : 'socialplan.js'}`);

process.stdout.on('error', (error) => {
  // A reader that went away (`socialplan schema | head`) is not an error worth a stack trace.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2));
