import { join, relative, resolve, sep } from 'node:path';
import { resolveAsOf } from '../../checks/engine/as-of.js';
import { describeDiagnostics, prepareRules } from '../../checks/ruleset/prepare.js';
import { EXIT, InputError, UsageError } from '../../errors.js';
import { loadStrategy } from '../../model/load.js';
import { briefingInputs } from '../../render/inputs.js';
import { approvalOf } from '../../render/view/common.js';
import { writeBriefings, type OutputFile } from '../../render/output-folder.js';
import type { Paper } from '../../render/pdf/board-pack-pdf.js';
import type { BriefingInputs } from '../../render/inputs.js';
import type { RenderedFile } from '../../render/render.js';
import { INDEX } from '../../render/briefings.js';
import { renderBriefings } from '../../render/render.js';
import { loadTemplates } from '../../render/templates.js';
import type { CommandResult } from '../result.js';
import { visible } from '../../text/visible.js';

export type RenderFormat = 'markdown' | 'html' | 'pdf';

export interface RenderCommandOptions {
  file: string;
  out: string;
  /** markdown (the default), html (self-contained pages) or pdf (the board pack). */
  format?: RenderFormat;
  /** --single: one HTML board pack with a table of contents rather than a page per briefing. */
  single?: boolean;
  /** The PDF's paper size. */
  paper?: Paper;
  /** Observed KPI values (as `measure` reads them), for the board pack's KPI chart. */
  actuals?: string;
  only?: string[];
  templates?: string;
  asOf?: string;
  checklists?: string[];
  config?: string;
  force?: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
}

/**
 * `socialplan render FILE`: every briefing rendered in memory first, then written all or none
 * (src/render/output-folder.ts), so a broken template, a full disk or an interrupt leaves the output
 * folder as it was.
 */
export async function render(options: RenderCommandOptions): Promise<CommandResult> {
  const asOf = resolveAsOf(options.asOf);
  const { ruleSet, inputs: read } = await prepareRules({
    cwd: options.cwd,
    env: options.env,
    config: options.config,
    checklists: options.checklists,
  });
  const templates = await loadTemplates(options.templates);
  // Named relative to the working folder whichever way it was typed, so the briefings do not depend on it.
  const file = relative(options.cwd, resolve(options.cwd, options.file)).split(sep).join('/') || options.file;
  const loaded = await loadStrategy(file);
  if (!loaded.loaded) throw new InputError(describeDiagnostics(loaded.diagnostics));
  const inputs = briefingInputs(loaded.loaded, file, ruleSet, asOf);
  const format = options.format ?? 'markdown';
  const briefings = renderBriefings(inputs, templates, { ...(options.only ? { only: options.only } : {}), wrap: format === 'markdown' });
  if (format === 'markdown' && (options.single || options.actuals !== undefined || options.paper !== undefined)) {
    throw new UsageError(`${options.single ? '--single' : options.actuals !== undefined ? '--actuals' : '--paper'} needs --format html or pdf`);
  }
  const actuals = options.actuals === undefined ? undefined : resolve(options.cwd, options.actuals);
  const files = format === 'markdown' ? briefings : await boardPack(inputs, briefings, format, { ...options, actuals });

  const shown = options.out.replace(/[\\/]+$/, '') || options.out;
  await writeBriefings(resolve(options.cwd, options.out), files, {
    shown,
    force: options.force === true,
    inputs: [
      { file: resolve(options.cwd, file), shown: file, role: 'the strategy' },
      ...(actuals ? [{ file: actuals, shown: options.actuals!, role: 'the actuals' }] : []),
      ...read,
    ],
  });
  const lines = files.map((f) => `  ${visible(join(shown, f.file))}`);
  const status = inputs.strategy.metadata.status;
  const draft =
    status !== 'approved'
      ? ` (status ${status}: each briefing says so)`
      : approvalOf(inputs).approved
        ? ''
        : ' (status approved in the file, but not signed off by every core stakeholder: each briefing says so)';
  const what = format === 'markdown' || (format === 'html' && !options.single) ? `${files.length} briefing${files.length === 1 ? '' : 's'}` : 'the board pack';
  return { stdout: `Wrote ${what} for version ${inputs.strategy.metadata.version}${draft}, as of ${asOf}:\n${lines.join('\n')}\n`, exitCode: EXIT.ok };
}

/** The briefings as HTML pages or one HTML or PDF board pack, with the charts drawn from the same inputs. */
async function boardPack(inputs: BriefingInputs, briefings: RenderedFile[], format: 'html' | 'pdf', options: RenderCommandOptions): Promise<OutputFile[]> {
  // In one board pack the contents page does what the index does, with links that work there.
  const inPack = briefings.filter((b) => b.file !== INDEX.file);
  const pdf = format === 'pdf' ? await import('../../render/pdf/board-pack-pdf.js') : undefined;
  pdf?.refuseOversizedPdf(inPack);
  const [{ boardCharts }, { chartMeasure }] = await Promise.all([import('../../render/charts/board-charts.js'), import('../../render/fonts.js')]);
  const charts = boardCharts(inputs, options.actuals === undefined ? [] : await kpiScores(inputs, options.actuals), chartMeasure);
  if (pdf) return [{ file: 'board-pack.pdf', content: await pdf.pdfPack(inputs, inPack, { paper: options.paper ?? 'a4', charts }) }];
  const { chartSvgs } = await import('../../render/charts/svg.js');
  const svgs = chartSvgs(charts);
  const [{ htmlPack }, { figureHtml }] = await Promise.all([import('../../render/html/board-pack-html.js'), import('../../render/html/markdown-html.js')]);
  const figure = (id: string, idPrefix: string) => {
    const chart = charts.find((c) => c.id === id);
    return chart ? figureHtml(chart, svgs.get(id)!, idPrefix) : '';
  };
  return htmlPack(inputs, options.single ? inPack : briefings, { single: options.single === true, figure });
}

/** The KPI scorecard from an actuals file, refused as `measure` refuses it, at the bad row. */
async function kpiScores(inputs: BriefingInputs, file: string) {
  const [{ checkActuals, readActuals }, { scorecard }] = await Promise.all([import('../../measure/actuals.js'), import('../../measure/scorecard.js')]);
  const { actuals, problems } = await readActuals(file);
  const all = [...problems, ...checkActuals(file, actuals, inputs.strategy, inputs.asOf)].sort((a, b) => a.line - b.line);
  if (all.length) throw new InputError(describeDiagnostics(all));
  return scorecard(inputs.strategy, actuals, inputs.asOf);
}
