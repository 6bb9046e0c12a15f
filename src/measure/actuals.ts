import * as z from 'zod';
import type { Diagnostic } from '../model/diagnostic.js';
import { parseDocumentText } from '../model/document.js';
import { entity, IsoDate, KpiValue, MAX_KPI_VALUE } from '../model/schema/common.js';
import type { Strategy } from '../model/schema/strategy.js';
import { decodeText, readBytes } from '../model/yaml/source.js';

/** One observed KPI value, with the line of the file it came from so a problem can name it. */
export interface Actual {
  line: number;
  initiative: string;
  kpi: string;
  date: string;
  value: number;
}

export interface ActualsResult {
  actuals: Actual[];
  problems: Diagnostic[];
}

const COLUMNS = ['initiative', 'kpi', 'date', 'value'] as const;

const ActualsSchema = entity({
  apiVersion: z.literal('socialplan/v1').describe('The format version.'),
  kind: z.literal('Actuals').describe('Always Actuals.'),
  actuals: z
    .array(
      entity({
        initiative: z.string().describe('The initiative id.'),
        kpi: z.string().describe('The KPI id within the initiative.'),
        date: IsoDate.describe('When the value was observed (YYYY-MM-DD).'),
        value: KpiValue.describe('The observed value, in the KPI’s unit (within ±1e15, as the KPI’s baseline and target).'),
      }),
    )
    .describe('Observed KPI values.'),
});

function problem(file: string, line: number, message: string): Diagnostic {
  return { ruleId: 'actuals/invalid-row', severity: 'error', message, path: '', file, line, column: 1 };
}

/** Split one CSV line: commas separate, double quotes enclose, "" is a quote inside quotes. */
function splitCsv(line: string): string[] | undefined {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === ',') {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  if (quoted) return undefined;
  cells.push(cell.trim());
  return cells;
}

/**
 * Actuals as CSV: a header row naming the columns initiative, kpi, date and value (in any order);
 * blank lines and lines starting with # are skipped. Every other line is a row or a problem.
 */
export function parseCsv(file: string, text: string): ActualsResult {
  const lines = text.split(/\r?\n/);
  const actuals: Actual[] = [];
  const problems: Diagnostic[] = [];
  let header: string[] | undefined;
  // Once the header is wrong, every row would be read wrongly too: report the header alone.
  let headerBroken = false;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (headerBroken || raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const cells = splitCsv(raw);
    if (!cells) {
      problems.push(problem(file, line, `row ${line}: a quoted cell is not closed`));
      if (!header) headerBroken = true;
      return;
    }
    if (!header) {
      header = cells.map((c) => c.toLowerCase());
      const missing = COLUMNS.filter((c) => !header!.includes(c));
      if (missing.length) {
        problems.push(problem(file, line, `the header row needs the columns ${COLUMNS.join(', ')}; missing ${missing.join(', ')}`));
        headerBroken = true;
      }
      return;
    }
    if (cells.length !== header.length) return void problems.push(problem(file, line, `row ${line}: ${cells.length} cells where the header has ${header.length}`));
    const get = (name: (typeof COLUMNS)[number]) => cells[header!.indexOf(name)] ?? '';
    const value = get('value');
    // Decimal numbers only: Number() would also read 0x1F or 0b11. One way to match each digit, so a long
    // cell is read in linear time (\d+\.?\d* tried every split of a run of digits that ends badly).
    const decimal = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(value);
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    if (!decimal) return void problems.push(problem(file, line, `row ${line}: value "${shown}" is not a number`));
    const number = Number(value);
    // 1e400 is a decimal number too, and reads as Infinity.
    if (!(Math.abs(number) <= MAX_KPI_VALUE)) return void problems.push(problem(file, line, `row ${line}: value ${shown} is out of range; a KPI value is between -1e15 and 1e15`));
    if (!IsoDate.safeParse(get('date')).success) return void problems.push(problem(file, line, `row ${line}: date "${get('date')}" is not a real date written YYYY-MM-DD`));
    actuals.push({ line, initiative: get('initiative'), kpi: get('kpi'), date: get('date'), value: number });
  });
  if (!header && !headerBroken) problems.push(problem(file, 1, `is empty; the first row names the columns ${COLUMNS.join(', ')}`));
  return { actuals, problems };
}

export function parseYaml(file: string, text: string): ActualsResult {
  const result = parseDocumentText(file, text, { kind: 'Actuals', noun: 'an actuals file', schema: ActualsSchema });
  if (!result.loaded) return { actuals: [], problems: result.diagnostics };
  const { data, place } = result.loaded;
  const actuals = data.actuals.map((a, i) => ({ ...a, line: place({ ruleId: 'actuals/invalid-row', severity: 'error', message: '', path: ['actuals', i] }).line }));
  return { actuals, problems: [] };
}

export async function readActuals(file: string): Promise<ActualsResult> {
  const read = readBytes(file);
  if ('diagnostic' in read) return { actuals: [], problems: [read.diagnostic] };
  const decoded = decodeText(file, read.bytes);
  if ('diagnostic' in decoded) return { actuals: [], problems: [decoded.diagnostic] };
  return /\.csv$/i.test(file) ? parseCsv(file, decoded.text) : parseYaml(file, decoded.text);
}

/** The ids of an initiative's KPIs for a message: the first ten, then how many more. */
function kpiList(kpis: readonly { id: string }[]): string {
  if (kpis.length === 0) return 'none';
  const shown = kpis.slice(0, 10).map((k) => k.id).join(', ');
  return kpis.length > 10 ? `${shown} and ${kpis.length - 10} more` : shown;
}

/**
 * Rows that parse but cannot be true of this strategy: an initiative or KPI it does not have, a
 * qualitative KPI given a number, a date after the as-of date. Nothing is dropped silently.
 */
export function checkActuals(file: string, actuals: readonly Actual[], strategy: Strategy, asOf: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  // By id, not searched for each row: 50,000 rows against 50,000 initiatives stay linear.
  const initiatives = new Map<string, Strategy['initiatives'][number]>();
  for (const i of strategy.initiatives) if (!initiatives.has(i.id)) initiatives.set(i.id, i);
  const kpisOf = new Map<string, Map<string, NonNullable<Strategy['initiatives'][number]['kpis']>[number]>>();
  for (const a of actuals) {
    const initiative = initiatives.get(a.initiative);
    let kpis = kpisOf.get(a.initiative);
    if (initiative && !kpis) kpisOf.set(a.initiative, (kpis = new Map([...(initiative.kpis ?? [])].reverse().map((k) => [k.id, k]))));
    const kpi = kpis?.get(a.kpi);
    if (!initiative) problems.push(problem(file, a.line, `row ${a.line}: no initiative "${a.initiative}" in the strategy`));
    else if (!kpi) problems.push(problem(file, a.line, `row ${a.line}: initiative ${a.initiative} has no KPI "${a.kpi}" (its KPIs: ${kpiList(initiative.kpis ?? [])})`));
    else if (kpi.kind !== 'quantitative') problems.push(problem(file, a.line, `row ${a.line}: KPI ${a.kpi} is qualitative; it has no numbers to record`));
    if (a.date > asOf) problems.push(problem(file, a.line, `row ${a.line}: date ${a.date} is after ${asOf}, the day the scorecard is made`));
  }
  return problems;
}
