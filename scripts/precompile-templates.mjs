#!/usr/bin/env node
// The built-in templates, checked and compiled to JavaScript before esbuild bundles the command (scripts/build.mjs
// calls this first; `node scripts/precompile-templates.mjs` runs it alone). The work is src/render/precompile.ts, so
// it shares the renderer's own template checks; it is TypeScript, so esbuild bundles it for Node first, into a
// temporary file here (inside the package: the code finds templates/ from where it runs). It writes
// src/render/precompiled.generated.js (and .d.ts) when templates/ changed; test/render/precompiled.test.ts fails
// when that file is out of date.
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);

/** Regenerates the precompiled templates; returns the files it changed. A broken built-in template throws, with its file and line. */
export async function precompileTemplates() {
  const bundled = new URL(`scripts/.precompile-templates-${process.pid}.mjs`, root);
  await build({
    absWorkingDir: fileURLToPath(root),
    entryPoints: ['src/render/precompile.ts'],
    outfile: fileURLToPath(bundled),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // handlebars and the rest come from node_modules as they are.
    packages: 'external',
    // The module this writes: the generator never loads it, and it may not exist yet (or be out of date).
    plugins: [{ name: 'not-the-output', setup: (b) => b.onResolve({ filter: /precompiled\.generated\.js$/ }, (args) => ({ path: args.path, external: true })) }],
    logLevel: 'warning',
  });
  try {
    const { writePrecompiled } = await import(bundled.href);
    return await writePrecompiled();
  } finally {
    rmSync(bundled, { force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const written = await precompileTemplates();
    console.log(written.length ? `precompiled templates: wrote ${written.join(', ')}` : 'precompiled templates: up to date');
  } catch (error) {
    // socialplan's own errors (a template that breaks a rule, a file that cannot be read) are one line that says it all.
    console.error(`precompile-templates: ${error?.exitCode !== undefined ? error.message : (error?.stack ?? error)}`);
    process.exitCode = 1;
  }
}
