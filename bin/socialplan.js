#!/usr/bin/env node
// The executable: the built CLI decides everything; only this file sets the exit code.
// A bug report's stack trace should name src/ files and lines, not the bundle's.
if (process.env.SOCIALPLAN_DEBUG) process.setSourceMapsEnabled(true);
const { run } = await import('../dist/socialplan.js');

process.stdout.on('error', (error) => {
  // A reader that went away (`socialplan schema | head`) is not an error worth a stack trace.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2));
