/**
 * socialplan's architecture on one page, enforced by dependency-cruiser in `npm test`
 * (test/architecture.test.ts runs `depcruise src bin` with this file).
 *
 * One direction of flow: file -> validated, located model -> checks and measures -> view model ->
 * template or formatter -> output. The layers, lowest first; each may import the ones below it only:
 *
 *   foundation     src/errors.ts, src/package-root.ts, src/text, src/markdown, src/fs, src/git
 *   model          src/model: the strategy's schema, YAML readers with positions, diagnostics
 *   engine         src/checks/engine: rules as data and the pure evaluation of them
 *   ruleset        src/checks/ruleset: the built-in checklists, config, an organisation's own checklists
 *   governance     src/governance: sign-offs, waivers, digests of what a stakeholder read, stale detection
 *   measure        src/measure: KPIs, actuals and the ROI model (numbers only, no Markdown)
 *   checks         src/checks/*.ts: checking files end to end (the engine, the ruleset and governance together)
 *   versions       src/versions: diff, migrations, semantic versions
 *   output         src/output: check's report formatters (stylish, JSON, SARIF, JUnit, GitHub, GitLab, Markdown)
 *   render, questionnaire, docs: briefings and every Markdown view; init's questions; the generated docs
 *   cli            src/cli: the only layer that reads argv, prints, and knows about exit codes
 *   bin            bin/socialplan.cjs: loads the built command and sets the process's exit code
 *
 * What no import rule can see (printing, argv, exit codes) test/architecture.test.ts checks in the source.
 */

const FOUNDATION = '^src/(errors\\.ts|package-root\\.ts|text/|markdown/|fs/|git/)';
const ABOVE_FOUNDATION = '^src/(model|checks|governance|measure|versions|output|render|questionnaire|docs|cli)/';

/** A rule forbidding `from` to import any of `to`, with the reason the layer exists. */
const layer = (name, comment, from, to, extra = {}) => ({ name, comment, severity: 'error', from: { path: from }, to: { path: to, ...extra } });

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle makes two modules one: neither can be read, tested or loaded lazily without the other.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    layer('foundation-stands-alone', 'Text, Markdown escaping, file access and git know nothing of strategies.', FOUNDATION, ABOVE_FOUNDATION),
    layer(
      'model-imports-nothing-above-it',
      'The model is the validated, located strategy every other layer reads; it imports only the foundation.',
      '^src/model/',
      '^src/(checks|governance|measure|versions|output|render|questionnaire|docs|cli)/',
    ),
    layer(
      'engine-is-pure',
      'Rules and their evaluation are data and functions of data: no files, no git, nothing of the layers that use them.',
      '^src/checks/engine/',
      '^src/(checks/(?!engine/)|governance|measure|versions|output|render|questionnaire|docs|cli|fs|git)/',
    ),
    layer(
      'ruleset-builds-on-the-engine',
      'Checklists and config are rules as data; they do not judge sign-offs, waivers or anything above.',
      '^src/checks/ruleset/',
      '^src/(checks/(?!engine/|ruleset/)|governance|measure|versions|output|render|questionnaire|docs|cli)/',
    ),
    layer(
      'governance-below-checks-and-versions',
      'Sign-offs, waivers and digests are used by check and by diff; they read what rules read (the engine) and import neither.',
      '^src/governance/',
      '^src/(checks/(?!engine/)|measure|versions|output|render|questionnaire|docs|cli)/',
    ),
    layer(
      'measure-computes-views-write',
      'KPIs and ROI are numbers; the tables that show them are views (src/render/view).',
      '^src/measure/',
      '^src/(checks|governance|versions|output|render|questionnaire|docs|cli|markdown)/|^src/text/markdown-width\\.ts$',
    ),
    layer(
      'checks-below-output',
      'Checking a file produces a report; how it is printed is output’s business.',
      '^src/checks/[^/]+$',
      '^src/(measure|versions|output|render|questionnaire|docs|cli)/',
    ),
    layer(
      'versions-below-views',
      'A diff is data; the Markdown of it is a view.',
      '^src/versions/',
      '^src/(checks/(?!engine/)|output|render|questionnaire|docs|cli|markdown)/',
    ),
    layer(
      'output-formats-reports',
      'Formatters read a report and the rules’ metadata, nothing that computes.',
      '^src/output/',
      '^src/(measure|versions|render|questionnaire|docs|cli)/',
    ),
    layer(
      'questionnaire-asks',
      'The questionnaire asks and builds a strategy; init runs the checks on it and passes the findings in.',
      '^src/questionnaire/',
      '^src/(render|output|docs|cli|versions|governance)/|^src/checks/engine/run-rules\\.ts$',
    ),
    layer('render-does-not-ask', 'Briefings are rendered from the strategy, never from the questionnaire.', '^src/render/', '^src/(questionnaire|docs|cli|output)/'),
    layer('docs-are-generated-from-data', 'The generated docs read rules and questions as data.', '^src/docs/', '^src/(cli|render|output)/'),
    layer('cli-is-the-top', 'Only the CLI layer may import the CLI layer.', '^src/(?!cli/)', '^src/cli/'),
    layer('bin-runs-the-build', 'bin/ loads the built bundle (dist/), never the TypeScript sources.', '^bin/', '^src/'),
    {
      name: 'no-dev-dependencies-at-run-time',
      comment: 'A user’s `npm install` has no devDependencies: the shipped code must not need them.',
      severity: 'error',
      from: { path: '^(src|bin)/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing fails at run time in the bundle.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^generated/precompiled-templates\\.(js|d\\.ts)$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
