#!/usr/bin/env node
// npm run build: the command bundled into dist/ by esbuild. One file for the start (dist/socialplan.js)
// and a chunk per lazily imported command, so Node reads and compiles a few files instead of some
// five hundred modules; this alone takes about 130 ms off every run. Type checking is tsc's job
// (npm run typecheck); esbuild only strips the types.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { precompileTemplates } from './precompile-templates.mjs';

const root = new URL('..', import.meta.url);
rmSync(new URL('dist', root), { recursive: true, force: true });

// First the built-in templates, checked and compiled to src/render/precompiled.generated.js, which the bundle
// includes: a render without --templates then loads Handlebars' runtime only, not its parser and compiler.
await precompileTemplates();

/**
 * commander requires node:child_process when it loads, for subcommands that are separate executables,
 * which socialplan has none of; loading it pulls in net, dgram and their streams on every run. It
 * gets a stand-in that loads the real module the first time it is used.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

await build({
  absWorkingDir: root.pathname,
  // One start file for any command, and one each for the two that run most (see src/cli/entries/).
  entryPoints: {
    socialplan: 'src/cli/main.ts',
    'socialplan-check': 'src/cli/entries/check.ts',
    'socialplan-render': 'src/cli/entries/render.ts',
    docs: 'src/docs/generated.ts',
  },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // yaml stays a package: it is required synchronously, on first use, by the code that edits or
  // fully parses a file (src/model/yaml-source.ts), and both must share one copy.
  external: ['yaml'],
  // Bundled CommonJS dependencies call require() for Node's own modules (commander, handlebars) and
  // name their own file (write-file-atomic, in its temporary file names).
  banner: {
    js: [
      "import { createRequire as __socialplanRequire } from 'node:module';",
      "import { fileURLToPath as __socialplanPath } from 'node:url';",
      'const require = __socialplanRequire(import.meta.url);',
      'const __filename = __socialplanPath(import.meta.url);',
    ].join(' '),
  },
  plugins: [lazyChildProcess],
  minifyWhitespace: true,
  minifySyntax: true,
  keepNames: false,
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
});
