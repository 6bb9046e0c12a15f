import { describe, expect, it } from 'vitest';
import { checkActuals, parseCsv, parseYaml, readActuals, type Actual } from '../../src/measure/actuals.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { parseStrategy } from '../../src/model/parse.js';
import type { Strategy } from '../../src/model/schema/strategy.js';
import { edit, lineOf, MINIMAL, tempDir } from '../helpers.js';

/** The minimal strategy with KPIs on its one initiative: two quantitative, one qualitative. */
const STRATEGY_TEXT = edit(
  MINIMAL,
  '    platforms: [linkedin]\n',
  [
    '    platforms: [linkedin]',
    '    kpis:',
    '      - { id: csat, kind: quantitative, metric: CSAT after a contact, baseline: 78, target: 85, unit: percent, cadence: monthly }',
    '      - { id: response, kind: quantitative, metric: Median minutes to reply, baseline: 90, target: 30, unit: minutes }',
    '      - { id: stories, kind: qualitative, method: Story log reviewed each quarter }',
    '',
  ].join('\n'),
);

function strategy(): Strategy {
  const result = parseStrategy('strategy.yaml', STRATEGY_TEXT);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.loaded!.data;
}

const HEADER = 'initiative,kpi,date,value';

/** Each problem as `line: message`, the way a reader scans them. */
function lines(problems: readonly Diagnostic[]): string[] {
  return problems.map((p) => `${p.line}: ${p.message}`);
}

describe('parseCsv: rows that read', () => {
  it('reads each row with the line it came from', () => {
    const { actuals, problems } = parseCsv('a.csv', [HEADER, 'care,csat,2026-01-31,80.5', 'care,response,2026-02-28,-3'].join('\n'));
    expect(problems).toEqual([]);
    expect(actuals).toEqual<Actual[]>([
      { line: 2, initiative: 'care', kpi: 'csat', date: '2026-01-31', value: 80.5 },
      { line: 3, initiative: 'care', kpi: 'response', date: '2026-02-28', value: -3 },
    ]);
  });

  it('takes the header columns in any order, in any case and with spaces around them', () => {
    const { actuals, problems } = parseCsv('a.csv', ['Value , DATE,kpi,Initiative', '81,2026-03-31,csat,care'].join('\n'));
    expect(problems).toEqual([]);
    expect(actuals).toEqual([{ line: 2, initiative: 'care', kpi: 'csat', date: '2026-03-31', value: 81 }]);
  });

  it('ignores extra columns, such as a note', () => {
    const { actuals, problems } = parseCsv('a.csv', [`${HEADER},note`, 'care,csat,2026-03-31,81,"survey moved to e-mail, response rate fell"'].join('\n'));
    expect(problems).toEqual([]);
    expect(actuals).toEqual([{ line: 2, initiative: 'care', kpi: 'csat', date: '2026-03-31', value: 81 }]);
  });

  it('reads quoted cells: an embedded comma, a doubled quote, a quoted number', () => {
    const text = [HEADER, '"care, EMEA","the ""real"" csat",2026-01-31,"80.5"', '"",csat,"2026-02-28",81'].join('\n');
    const { actuals, problems } = parseCsv('a.csv', text);
    expect(problems).toEqual([]);
    expect(actuals).toEqual([
      { line: 2, initiative: 'care, EMEA', kpi: 'the "real" csat', date: '2026-01-31', value: 80.5 },
      { line: 3, initiative: '', kpi: 'csat', date: '2026-02-28', value: 81 },
    ]);
  });

  it('skips blank lines and # comments (indented too), and still counts them as lines', () => {
    const text = ['# observed values', '', HEADER, '   ', '  # January', 'care,csat,2026-01-31,80', '', '# February', 'care,csat,2026-02-28,81', ''].join('\n');
    const { actuals, problems } = parseCsv('a.csv', text);
    expect(problems).toEqual([]);
    expect(actuals.map((a) => [a.line, a.value])).toEqual([
      [lineOf(text, 'care,csat,2026-01'), 80],
      [lineOf(text, 'care,csat,2026-02'), 81],
    ]);
    expect(actuals.map((a) => a.line)).toEqual([6, 9]);
  });

  it('reads CRLF line endings, with no carriage return left in the last cell', () => {
    const { actuals, problems } = parseCsv('a.csv', `${HEADER}\r\ncare,csat,2026-01-31,80\r\n\r\ncare,csat,2026-02-28,81\r\n`);
    expect(problems).toEqual([]);
    expect(actuals).toEqual([
      { line: 2, initiative: 'care', kpi: 'csat', date: '2026-01-31', value: 80 },
      { line: 4, initiative: 'care', kpi: 'csat', date: '2026-02-28', value: 81 },
    ]);
  });

  it('accepts a header with no rows: nothing observed yet is not an error', () => {
    expect(parseCsv('a.csv', `${HEADER}\n`)).toEqual({ actuals: [], problems: [] });
  });
});

describe('parseCsv: each bad row is a problem that names its line', () => {
  it.each([
    { name: 'a value that is not a number', row: 'care,csat,2026-01-31,lots', message: 'row 3: value "lots" is not a number' },
    { name: 'an empty value', row: 'care,csat,2026-01-31,', message: 'row 3: value "" is not a number' },
    { name: 'a value with a thousands comma', row: 'care,csat,2026-01-31,"1,200"', message: 'row 3: value "1,200" is not a number' },
    { name: 'an impossible date (30 February)', row: 'care,csat,2026-02-30,80', message: 'row 3: date "2026-02-30" is not a real date written YYYY-MM-DD' },
    { name: 'an impossible date (29 February, not a leap year)', row: 'care,csat,2026-02-29,80', message: 'row 3: date "2026-02-29" is not a real date written YYYY-MM-DD' },
    { name: 'a month 13', row: 'care,csat,2026-13-01,80', message: 'row 3: date "2026-13-01" is not a real date written YYYY-MM-DD' },
    { name: 'a date not written YYYY-MM-DD', row: 'care,csat,31/01/2026,80', message: 'row 3: date "31/01/2026" is not a real date written YYYY-MM-DD' },
    { name: 'too few cells', row: 'care,csat,80', message: 'row 3: 3 cells where the header has 4' },
    { name: 'too many cells', row: 'care,csat,2026-01-31,80,', message: 'row 3: 5 cells where the header has 4' },
    { name: 'an unclosed quote', row: 'care,"csat,2026-01-31,80', message: 'row 3: a quoted cell is not closed' },
  ])('$name', ({ row, message }) => {
    const { actuals, problems } = parseCsv('a.csv', [HEADER, 'care,csat,2024-02-29,79', row, 'care,csat,2026-03-31,81'].join('\n'));
    expect(lines(problems)).toEqual([`3: ${message}`]);
    expect(problems[0]).toMatchObject({ file: 'a.csv', line: 3, column: 1, severity: 'error', ruleId: 'actuals/invalid-row' });
    // The rows around it still read: one bad row does not hide the others.
    expect(actuals.map((a) => a.line)).toEqual([2, 4]);
  });

  it('a header missing a column names the columns it needs and the one it lacks, at the header line', () => {
    const { problems } = parseCsv('a.csv', ['# values', 'initiative,kpi,date,amount', 'care,csat,2026-01-31,80'].join('\n'));
    expect(problems[0]).toMatchObject({ file: 'a.csv', line: 2, column: 1, severity: 'error' });
    expect(problems[0]!.message).toBe('the header row needs the columns initiative, kpi, date, value; missing value');
  });

  it('a header missing several columns lists them all', () => {
    const { problems } = parseCsv('a.csv', 'kpi,value\ncsat,80');
    expect(problems[0]!.message).toMatch(/; missing initiative, date$/);
    expect(problems[0]!.line).toBe(1);
  });

  it.each([
    ['an empty file', ''],
    ['a file of blank lines', '\n\n  \n'],
    ['a file of comments only', '# nothing yet\n# really\n'],
  ])('%s is a problem at line 1 naming the columns', (_name, text) => {
    const { actuals, problems } = parseCsv('a.csv', text);
    expect(actuals).toEqual([]);
    expect(lines(problems)).toEqual(['1: is empty; the first row names the columns initiative, kpi, date, value']);
    expect(problems[0]!.file).toBe('a.csv');
  });

  it('reports every bad row, in line order, and keeps the good ones', () => {
    const text = [HEADER, 'care,csat,2026-01-31,lots', 'care,csat,2026-02-31,80', 'care,csat,2026-03-31,81', 'care,csat', 'care,"csat,2026-04-30,82'].join('\n');
    const { actuals, problems } = parseCsv('a.csv', text);
    expect(lines(problems)).toEqual([
      '2: row 2: value "lots" is not a number',
      '3: row 3: date "2026-02-31" is not a real date written YYYY-MM-DD',
      '5: row 5: 2 cells where the header has 4',
      '6: row 6: a quoted cell is not closed',
    ]);
    expect(actuals).toEqual([{ line: 4, initiative: 'care', kpi: 'csat', date: '2026-03-31', value: 81 }]);
  });
});

describe('parseYaml: kind Actuals', () => {
  const YAML = [
    '# observed values',
    'apiVersion: socialplan/v1',
    'kind: Actuals',
    'actuals:',
    '  - { initiative: care, kpi: csat, date: 2026-01-31, value: 80 }',
    '  - initiative: care',
    '    kpi: response',
    '    date: 2026-02-28',
    '    value: 42.5',
    '',
  ].join('\n');

  it('reads each entry with the line it starts on', () => {
    const { actuals, problems } = parseYaml('a.yaml', YAML);
    expect(problems).toEqual([]);
    expect(actuals).toEqual([
      { line: 5, initiative: 'care', kpi: 'csat', date: '2026-01-31', value: 80 },
      { line: 6, initiative: 'care', kpi: 'response', date: '2026-02-28', value: 42.5 },
    ]);
  });

  it('locates a value of the wrong type to its line and column', () => {
    const text = edit(YAML, 'value: 42.5', 'value: lots');
    const { actuals, problems } = parseYaml('a.yaml', text);
    expect(actuals).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'a.yaml', line: lineOf(text, 'value: lots'), column: 12, severity: 'error', ruleId: 'schema/type' });
    expect(problems[0]!.message).toBe('actuals[1].value must be a number, not a string ("lots")');
  });

  it('locates an impossible date to its line', () => {
    const text = edit(YAML, 'date: 2026-01-31', 'date: 2026-02-30');
    const { problems } = parseYaml('a.yaml', text);
    expect(problems.map((p) => [p.line, p.path])).toEqual([[lineOf(text, '2026-02-30'), 'actuals[0].date']]);
  });

  it('rejects a strategy (or any other kind) given as actuals', () => {
    const { actuals, problems } = parseYaml('a.yaml', MINIMAL);
    expect(actuals).toEqual([]);
    expect(problems[0]!.message).toMatch(/kind "SocialStrategy" is not an actuals file; expected Actuals/);
  });

  it('an empty YAML file is a problem at line 1', () => {
    const { problems } = parseYaml('a.yaml', '');
    expect(problems.map((p) => [p.line, p.ruleId])).toEqual([[1, 'file/empty']]);
  });
});

describe('readActuals', () => {
  const tmp = tempDir();

  it('reads .csv as CSV (any case) and anything else as YAML', async () => {
    const csv = tmp.write('values.CSV', `${HEADER}\ncare,csat,2026-01-31,80\n`);
    const yaml = tmp.write('values.yaml', 'apiVersion: socialplan/v1\nkind: Actuals\nactuals:\n  - { initiative: care, kpi: csat, date: 2026-01-31, value: 80 }\n');
    expect((await readActuals(csv)).actuals).toEqual([{ line: 2, initiative: 'care', kpi: 'csat', date: '2026-01-31', value: 80 }]);
    expect((await readActuals(yaml)).actuals).toEqual([{ line: 4, initiative: 'care', kpi: 'csat', date: '2026-01-31', value: 80 }]);
  });

  it('reads a CSV with a byte-order mark', async () => {
    const file = tmp.write('bom.csv', `\uFEFF${HEADER}\r\ncare,csat,2026-01-31,80\r\n`);
    expect(await readActuals(file)).toEqual({ actuals: [{ line: 2, initiative: 'care', kpi: 'csat', date: '2026-01-31', value: 80 }], problems: [] });
  });

  it('a missing file is one problem naming the file', async () => {
    const file = `${tmp.dir}/no-such.csv`;
    const { actuals, problems } = await readActuals(file);
    expect(actuals).toEqual([]);
    expect(problems).toMatchObject([{ file, ruleId: 'file/unreadable', message: 'no such file', severity: 'error' }]);
  });
});

describe('checkActuals: rows that read but cannot be true of the strategy', () => {
  const AS_OF = '2026-11-25';
  const row = (line: number, initiative: string, kpi: string, date: string, value = 1): Actual => ({ line, initiative, kpi, date, value });

  it('accepts rows for a quantitative KPI of an initiative, dated up to and including the as-of day', () => {
    expect(checkActuals('a.csv', [row(2, 'care', 'csat', '2026-01-31'), row(3, 'care', 'response', AS_OF)], strategy(), AS_OF)).toEqual([]);
  });

  it('an unknown initiative', () => {
    const problems = checkActuals('a.csv', [row(7, 'customer-care', 'csat', '2026-01-31')], strategy(), AS_OF);
    expect(problems).toMatchObject([{ file: 'a.csv', line: 7, column: 1, severity: 'error', ruleId: 'actuals/invalid-row' }]);
    expect(problems[0]!.message).toBe('row 7: no initiative "customer-care" in the strategy');
  });

  it('an unknown KPI, naming the KPIs the initiative has', () => {
    const problems = checkActuals('a.csv', [row(4, 'care', 'nps', '2026-01-31')], strategy(), AS_OF);
    expect(lines(problems)).toEqual(['4: row 4: initiative care has no KPI "nps" (its KPIs: csat, response, stories)']);
  });

  it('an initiative with no KPIs says so', () => {
    const bare = parseStrategy('s.yaml', MINIMAL).loaded!.data;
    expect(lines(checkActuals('a.csv', [row(2, 'care', 'csat', '2026-01-31')], bare, AS_OF))).toEqual([
      '2: row 2: initiative care has no KPI "csat" (its KPIs: none)',
    ]);
  });

  it('a qualitative KPI has no numbers to record', () => {
    expect(lines(checkActuals('a.csv', [row(5, 'care', 'stories', '2026-03-31')], strategy(), AS_OF))).toEqual([
      '5: row 5: KPI stories is qualitative; it has no numbers to record',
    ]);
  });

  it('a date after the as-of day', () => {
    expect(lines(checkActuals('a.csv', [row(9, 'care', 'csat', '2026-11-26')], strategy(), AS_OF))).toEqual([
      '9: row 9: date 2026-11-26 is after 2026-11-25, the day the scorecard is made',
    ]);
  });

  it('reports every bad row, each at its own line, from a parsed CSV', () => {
    const text = [
      '# mixed',
      HEADER,
      'care,csat,2026-01-31,80',
      'cares,csat,2026-02-28,81',
      'care,nps,2026-03-31,40',
      'care,response,2026-04-30,55',
      'care,stories,2026-05-31,3',
      'care,csat,2026-12-31,84',
    ].join('\n');
    const { actuals, problems } = parseCsv('a.csv', text);
    expect(problems).toEqual([]);
    const found = checkActuals('a.csv', actuals, strategy(), AS_OF);
    expect(lines(found)).toEqual([
      '4: row 4: no initiative "cares" in the strategy',
      '5: row 5: initiative care has no KPI "nps" (its KPIs: csat, response, stories)',
      '7: row 7: KPI stories is qualitative; it has no numbers to record',
      '8: row 8: date 2026-12-31 is after 2026-11-25, the day the scorecard is made',
    ]);
    expect(found.every((p) => p.file === 'a.csv' && p.severity === 'error')).toBe(true);
  });

  it('a row both unknown and in the future gets both problems', () => {
    expect(lines(checkActuals('a.csv', [row(3, 'nowhere', 'csat', '2027-01-01')], strategy(), AS_OF))).toEqual([
      '3: row 3: no initiative "nowhere" in the strategy',
      '3: row 3: date 2027-01-01 is after 2026-11-25, the day the scorecard is made',
    ]);
  });

  it('names YAML rows by the line their entry starts on', () => {
    const text = 'apiVersion: socialplan/v1\nkind: Actuals\nactuals:\n  - { initiative: care, kpi: csat, date: 2026-01-31, value: 80 }\n  - { initiative: care, kpi: stories, date: 2026-02-28, value: 1 }\n';
    const { actuals } = parseYaml('a.yaml', text);
    expect(lines(checkActuals('a.yaml', actuals, strategy(), AS_OF))).toEqual(['5: row 5: KPI stories is qualitative; it has no numbers to record']);
  });
});

describe('a broken header is reported alone', () => {
  it('names only the header when a column is missing, not every row after it', () => {
    const { actuals, problems } = parseCsv('a.csv', 'initiative,kpi,date\ncare,reach,2026-01-01\ncare,reach,2026-02-01\n');
    expect(actuals).toEqual([]);
    expect(problems.map((p) => [p.line, p.message])).toEqual([[1, 'the header row needs the columns initiative, kpi, date, value; missing value']]);
  });

  it('names only the header line when its quote is not closed', () => {
    const { problems } = parseCsv('a.csv', '"initiative,kpi,date,value\ncare,reach,2026-01-01,3\n');
    expect(problems.map((p) => p.line)).toEqual([1]);
  });

  it.each(['0x1F', '0b11', '1_000', '12abc', 'Infinity'])('refuses %s as a value: decimal numbers only', (value) => {
    const { problems } = parseCsv('a.csv', `initiative,kpi,date,value\ncare,reach,2026-01-01,${value}\n`);
    expect(problems.map((p) => p.message)).toEqual([`row 2: value "${value}" is not a number`]);
  });
});
