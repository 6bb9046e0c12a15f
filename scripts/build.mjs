#!/usr/bin/env node
// npm run build: the command bundled into dist/ by esbuild, one CommonJS file per command
// (dist/socialplan-<command>.cjs) and one for no command (dist/socialplan.cjs: help, version), so Node
// reads and compiles one file of the code that command runs instead of some five hundred modules.
// Type checking is tsc's job (npm run typecheck); esbuild only strips the types.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generate } from './generate.mjs';

const root = new URL('..', import.meta.url);
rmSync(new URL('dist', root), { recursive: true, force: true });

// First what is generated from the source into generated/ (scripts/generate.mjs): the quick strategy check and
// the precompiled templates, which the bundles include.
await generate();

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

const COMMANDS = readdirSync(new URL('src/cli/commands', root))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -'.ts'.length));

/**
 * Each bundle holds one command: the lazy imports of the others (from src/cli/options/) resolve to a stand-in
 * here, so `socialplan check` reads and compiles the check and nothing of init's prompts or render's templates.
 * bin/socialplan.cjs picks the bundle by the first argument that is not an option, the same word commander
 * dispatches on (the program's own options, --color and --no-color, take no value), so the stand-in is
 * never reached; if it ever were, it says so rather than running the wrong code.
 */
const onlyCommand = (command) => ({
  name: 'only-command',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/commands\/[a-z]+\.js$/ }, (args) =>
      args.importer.includes(`src${sep}cli${sep}options${sep}`) && args.path !== `../commands/${command}.js`
        ? { path: args.path.slice('../commands/'.length, -'.js'.length), namespace: 'not-in-this-bundle' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'not-in-this-bundle' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`the ${args.path} command is not in ${command ?? 'the start'} bundle (bin/socialplan.cjs picked the wrong one)`)});`,
      loader: 'js',
    }));
  },
});

/**
 * zod (about 590 KB) and Handlebars' compiler are loaded only on some runs (a strategy zod must word the
 * issues of, a config file, --templates): each is a bundle of its own that every command bundle requires
 * when it needs it, so no bundle carries them and a process holds one copy.
 */
const VENDOR = { zod: "export * from 'zod';", handlebars: "module.exports = require('handlebars');" };
const vendor = {
  name: 'vendor',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${Object.keys(VENDOR).join('|')})$`) }, (args) => ({ path: `./${args.path}.cjs`, external: true }));
  },
};

/**
 * markdown-it, which reads for the HTML and PDF board packs whatever socialplan's own reader of the templates'
 * Markdown leaves to it, is a bundle of its own too, loaded on first use through bin/socialplan.cjs's loadBundle,
 * so it gets a code cache and a board pack of ordinary briefings never loads it.
 */
const CACHED_VENDOR = {
  markdown: { 'markdown-it': 'markdownIt' },
};
const cachedVendor = {
  name: 'cached-vendor',
  setup(b) {
    const owner = new Map(Object.entries(CACHED_VENDOR).flatMap(([bundle, packages]) => Object.entries(packages).map(([name, key]) => [name, { bundle, key }])));
    const names = [...owner.keys()].map((n) => n.replace(/[-/]/g, '\\$&'));
    b.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => ({ path: args.path, namespace: 'cached-vendor' }));
    b.onLoad({ filter: /.*/, namespace: 'cached-vendor' }, (args) => {
      const { bundle, key } = owner.get(args.path);
      return {
        contents: `const { join } = require('node:path'); module.exports = require(join(__dirname, '..', 'bin', 'socialplan.cjs')).loadBundle(join(__dirname, '${bundle}.cjs')).exports.${key};`,
        loader: 'js',
      };
    });
  },
};

/** What every bundle shares: CommonJS for Node 20, which starts it faster than ES modules and can use V8's code cache (bin/socialplan.cjs). */
const COMMON = {
  absWorkingDir: fileURLToPath(root),
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // import() of a bundled module becomes a require() when first used: the code is in the file but runs only then.
  // (A script compiled with a code cache cannot import(); nothing left in a bundle needs to.)
  supported: { 'dynamic-import': false },
  // yaml stays a package: it is required synchronously, on first use, by the code that edits or fully parses a
  // file (src/model/yaml/yaml-source.ts), and both must share one copy.
  // re2js likewise, required on first use by src/checks/engine/functions/user-pattern.ts: only a checklist of one's own has patterns.
  external: ['yaml', 're2js'],
  define: { 'import.meta.url': '__socialplanUrl' },
  banner: { js: "const __socialplanUrl = require('node:url').pathToFileURL(__filename).href;" },
  minifyWhitespace: true,
  minifySyntax: true,
  keepNames: false,
  // Maps for SOCIALPLAN_DEBUG's stack traces, which need lines, not the sources (13 MB with them, for 14 bundles).
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'linked',
  logLevel: 'warning',
};

await Promise.all([
  build({ ...COMMON, entryPoints: { socialplan: 'src/cli/main.ts' }, plugins: [lazyChildProcess, vendor, cachedVendor, onlyCommand(undefined)] }),
  ...COMMANDS.map((command) =>
    build({ ...COMMON, entryPoints: { [`socialplan-${command}`]: 'src/cli/main.ts' }, plugins: [lazyChildProcess, vendor, cachedVendor, onlyCommand(command)] }),
  ),
  ...Object.entries(VENDOR).map(([name, contents]) =>
    build({ ...COMMON, banner: undefined, define: undefined, stdin: { contents, resolveDir: fileURLToPath(root), sourcefile: `${name}.js` }, outfile: `dist/${name}.cjs`, outdir: undefined }),
  ),
  ...Object.entries(CACHED_VENDOR).map(([name, packages]) =>
    build({
      ...COMMON,
      banner: undefined,
      define: undefined,
      stdin: { contents: `module.exports = { ${Object.entries(packages).map(([pkg, key]) => `${key}: require('${pkg}')`).join(', ')} };`, resolveDir: fileURLToPath(root), sourcefile: `${name}.js` },
      outfile: `dist/${name}.cjs`,
      outdir: undefined,
    }),
  ),
  // The generated documents' sources, an ES module for scripts/write-docs.mjs and its drift tests.
  build({
    absWorkingDir: COMMON.absWorkingDir,
    entryPoints: { docs: 'src/docs/generated.ts' },
    outdir: 'dist',
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['yaml'],
    // Bundled CommonJS dependencies call require() for Node's own modules.
    banner: { js: "import { createRequire as __socialplanRequire } from 'node:module'; const require = __socialplanRequire(import.meta.url);" },
    sourcemap: 'linked',
    logLevel: 'warning',
  }),
]);

assertAscii();
await writeCodeCaches();

/**
 * esbuild escapes what is not ASCII in strings, but not inside a /u regular expression. One such character makes
 * V8 hold the whole bundle as two bytes a character, which Node reads and V8 scans about 10 ms slower for render;
 * write it as an escape (\u3002) in the source instead.
 */
function assertAscii() {
  // The board pack's libraries are third-party code, as it comes (markdown-it's typographer has a /…/ of its own).
  const libraries = new Set(Object.keys(CACHED_VENDOR).map((name) => `${name}.cjs`));
  for (const file of readdirSync(new URL('dist', root)).filter((f) => f.endsWith('.cjs') && !libraries.has(f))) {
    const text = readFileSync(new URL(`dist/${file}`, root), 'utf8');
    const at = text.search(/[^\x00-\x7f]/);
    if (at === -1) continue;
    const line = text.slice(0, at).split('\n').length;
    const context = text.slice(Math.max(0, at - 40), at + 10);
    throw new Error(`build: dist/${file}:${line} holds ${JSON.stringify(text[at])} (...${context}...); write it as an escape in the source (see its source map)`);
  }
}

/**
 * The bundles that run most (--version, and check and render on every push) get V8's code cache: the bytecode of
 * every function a typical run compiled, which bin/socialplan.cjs hands to V8 instead of compiling again (v8-compile-cache's approach). It is
 * written by running each command once, here, on the examples, with the same loader the executable uses; V8
 * refuses a cache from another Node version or other flags, and the command then compiles as usual.
 */
async function writeCodeCaches() {
  const { loadBundle } = createRequire(import.meta.url)('../bin/socialplan.cjs');
  const out = mkdtempSync(join(tmpdir(), 'socialplan-build-'));
  const quiet = { write: () => true, isTTY: false };
  const io = { stdin: { isTTY: false }, stdout: quiet, stderr: quiet, env: { NO_COLOR: '1' }, cwd: fileURLToPath(root) };
  const examples = ['examples/portfolio.yaml', 'examples/bank-customer-engagement.yaml'];
  const WARM_UPS = [
    ['', ['--version']],
    ['check', ['check', ...examples, '--as-of', '2026-11-25']],
    ['render', ['render', examples[0], '--out', join(out, 'md'), '--as-of', '2026-11-25']],
    // The board pack's libraries, and the code of the render bundle that uses them.
    ['render', ['render', examples[0], '--out', join(out, 'html'), '--as-of', '2026-11-25', '--format', 'html', '--single']],
    ['render', ['render', examples[0], '--out', join(out, 'pdf'), '--as-of', '2026-11-25', '--format', 'pdf']],
  ];
  try {
    for (const [command, argv] of WARM_UPS) {
      const file = fileURLToPath(new URL(`dist/socialplan${command && `-${command}`}.cjs`, root));
      const { exports } = loadBundle(file, { cache: false });
      const code = await exports.run(argv, io);
      // 1 is findings in the examples (say, as they age); 2 means the warm-up itself went wrong.
      if (code !== 0 && code !== 1) throw new Error(`build: ${argv.join(' ')} ended with exit code ${code}`);
    }
    // markdown-it reads only what socialplan's own reader leaves (src/render/markdown/), so no warm-up above loads it:
    // it reads the examples' briefings here, that its cache holds what such a read compiles.
    const { exports: markdown } = loadBundle(fileURLToPath(new URL('dist/markdown.cjs', root)), { cache: false });
    const md = markdown.markdownIt({ html: false, linkify: false, typographer: false });
    for (const file of readdirSync(join(out, 'md'))) md.render(readFileSync(join(out, 'md', file), 'utf8'));
    // Every bundle the warm-ups loaded, with what they compiled: commands and libraries alike.
    for (const [file, { script }] of loadBundle.loaded) writeFileSync(`${file}.cache`, script.createCachedData());
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
