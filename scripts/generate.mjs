#!/usr/bin/env node
// What the build generates before esbuild bundles the commands (scripts/build.mjs calls this first;
// `node scripts/generate.mjs` runs it alone), into generated/, which git ignores:
// - generated/accepts-strategy.ts: the quick check that a strategy is one zod would accept unchanged,
//   written from the zod schema (src/model/schema/accepts-codegen.ts), so `check` builds the schema only
//   for a file it must word the problems of;
// - generated/precompiled-templates.js (and .d.ts): the built-in templates, checked as a --templates folder
//   is and compiled, so `render` loads Handlebars' runtime and not its compiler (src/render/precompile.ts).
// Both generators are TypeScript in src/; esbuild bundles them for Node into a temporary file inside the
// package (the code finds templates/ from where it runs). A file is written only when its text changed.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
export const GENERATED = {
  accepts: new URL('generated/accepts-strategy.ts', root),
  templates: new URL('generated/precompiled-templates.js', root),
  templateTypes: new URL('generated/precompiled-templates.d.ts', root),
};

/** Writes what is generated; returns the files it changed. A broken built-in template throws, with its file and line. */
export async function generate() {
  const bundled = new URL(`scripts/.generate-${process.pid}.mjs`, root);
  await build({
    absWorkingDir: fileURLToPath(root),
    stdin: {
      contents: "export { precompiledModule } from './src/render/precompile.ts';\nexport { strategyAcceptsSource } from './src/model/schema/accepts.ts';\n",
      resolveDir: fileURLToPath(root),
      loader: 'ts',
    },
    outfile: fileURLToPath(bundled),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // handlebars, zod and the rest come from node_modules as they are.
    packages: 'external',
    // What this writes: the generators never load it, and it may not exist yet (or be out of date).
    plugins: [{ name: 'not-the-output', setup: (b) => b.onResolve({ filter: /[\\/]generated[\\/]/ }, (args) => ({ path: args.path, external: true })) }],
    logLevel: 'warning',
  });
  let wanted;
  try {
    const { precompiledModule, strategyAcceptsSource } = await import(bundled.href);
    const templates = await precompiledModule();
    wanted = [
      [GENERATED.accepts, strategyAcceptsSource()],
      [GENERATED.templates, templates.js],
      [GENERATED.templateTypes, templates.dts],
    ];
  } finally {
    rmSync(bundled, { force: true });
  }
  mkdirSync(new URL('generated/', root), { recursive: true });
  const written = [];
  for (const [file, text] of wanted) {
    let current;
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === text) continue;
    writeFileSync(file, text);
    written.push(fileURLToPath(file).slice(fileURLToPath(root).length));
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const written = await generate();
    console.log(written.length ? `generated: wrote ${written.join(', ')}` : 'generated: up to date');
  } catch (error) {
    // socialplan's own errors (a template that breaks a rule, a file that cannot be read) are one line that says it all.
    console.error(`generate: ${error?.exitCode !== undefined ? error.message : (error?.stack ?? error)}`);
    process.exitCode = 1;
  }
}
