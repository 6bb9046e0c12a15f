import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { gantt, lineChart, mermaidText, pie, traceability, type GanttSection, type Traceability } from '../../src/render/mermaid.js';
import { visible } from '../../src/text/visible.js';

/**
 * Every diagram goes through the real Mermaid parser, and what the parser stored is read back: labels must come
 * through as the user's text, dates and edges as given. Mermaid needs a DOM (DOMPurify), so jsdom stands in.
 */

type Mermaid = (typeof import('mermaid'))['default'];
let mermaid: Mermaid;

beforeAll(async () => {
  const dom = new JSDOM('');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  mermaid = (await import('mermaid')).default;
  await mermaid.parse('pie\n    "warm up" : 1'); // getDiagramFromText needs the diagrams registered by a first parse
});

interface GanttDb {
  getTasks(): { task: string; section: string; startTime: Date; endTime: Date; milestone?: boolean; id: string }[];
  getDiagramTitle(): string;
}
interface FlowDb {
  getVertices(): Map<string, { id: string; text: string }>;
  getEdges(): { start: string; end: string }[];
  getSubGraphs(): { id: string; title: string; nodes: string[] }[];
}
interface PieDb {
  getSections(): Map<string, number>;
  getDiagramTitle(): string;
}
interface XyDb {
  getXYChartData(): { xAxis: { categories: string[] }; yAxis: { title: string }; plots: { type: string; data: [string, number][] }[] };
  getDiagramTitle(): string;
}

/** The diagram inside the fence; fails unless the block is exactly one ```mermaid fence. */
function body(block: string): string {
  expect(block.startsWith('```mermaid\n')).toBe(true);
  expect(block.endsWith('\n```')).toBe(true);
  return block.slice('```mermaid\n'.length, -'\n```'.length);
}

/** Parses with Mermaid (throws on a syntax error) and returns what the diagram's db holds. */
async function parsed<Db>(block: string): Promise<Db> {
  const text = body(block);
  await mermaid.parse(text);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  return diagram.db as unknown as Db;
}

const NAMED: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', nbsp: '\u00a0' };

/**
 * Mermaid's entity placeholders back to characters, as the browser ends up showing them. One pass, as Mermaid's
 * own decodeEntities works out: a user who writes a placeholder ("ﬂ°quot¶ß") must see it, not a quote.
 */
function decode(text: string): string {
  return text.replace(/ﬂ°°(\d+)¶ß|ﬂ°(\w+)¶ß/g, (whole, code: string | undefined, name: string | undefined) =>
    code !== undefined ? String.fromCodePoint(Number(code)) : (NAMED[name!] ?? whole),
  );
}

/** What a label must read as: whitespace collapsed, angle brackets as ‹ ›, empty as -. */
function shown(text: string): string {
  return visible(text.replace(/\s+/g, ' ').trim()).replace(/</g, '‹').replace(/>/g, '›') || '-';
}

const HOSTILE = [
  'A | B <script>alert(1)</script>',
  'She said "hi" and \'bye\'',
  'key: value; next: 2',
  '# heading %% comment',
  '%%{init: {"theme": "dark", "securityLevel": "loose"}}%%',
  '```\nend\n```',
  'end',
  'graph',
  'line one\nline two\r\n\ttabbed   spaced',
  'Sinéad Ó Briain · 東京 · Ελλάδα · 🚀 · 👩🏽‍💻',
  'Title: the real one',
  'section Two',
  'dateFormat DD.MM.YYYY',
  'axisFormat %d',
  'excludes weekends',
  'inclusiveEndDates',
  'topAxis',
  'tickInterval 1week',
  'includes 2026-01-01',
  'weekend friday',
  'accDescription of the plan',
  'call alert()',
  'gantt',
  'todayMarker off',
  'weekday monday',
  '2026-01-01 launch',
  'click t1 href "javascript:alert(1)"',
  'accTitle: stolen',
  'style t1 fill:#f00;',
  'classDef x fill:#f00;',
  'subgraph x',
  'A --> B',
  '---',
  'x-axis [1, 2]',
  'showData',
  '&lt;b&gt; &amp; #60; #quot; &#60;',
  'ﬂ°°58¶ß ﬂ°quot¶ß',
  '\\ [brackets] {braces} ~ * = ! ? @ $ ^ | ;',
  '<img src=x onerror=alert(1)>',
  '',
  '   \n\t ',
  `Very long ${'text that goes on and on, '.repeat(60)}end`,
];

/** Local calendar date: Mermaid reads YYYY-MM-DD in the machine's time zone. */
function day(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

describe('mermaidText', () => {
  it('keeps letters, digits and plain punctuation, and writes the rest as entity codes', () => {
    expect(mermaidText('Reach (EU) + Trust, 2026/27 - Q1_a.')).toBe('Reach (EU) + Trust, 2026/27 - Q1_a.');
    expect(mermaidText("O'Brien")).toBe("O'Brien");
    expect(mermaidText('Sinéad Ó Briain 東京')).toBe('Sinéad Ó Briain 東京');
    expect(mermaidText('A | B <script>alert(1)</script>')).toBe('A #124; B ‹script›alert(1)‹/script›');
    expect(mermaidText('a: "b"; #c %% `d`')).toBe('a#58; #34;b#34;#59; #35;c #37;#37; #96;d#96;');
    expect(mermaidText('🚀')).toBe('#128640;');
    // A combining mark is not a letter, and half a surrogate pair is written as the code unit it is.
    expect(mermaidText('e\u0301 \ud800')).toBe('e#769; #55296;');
    expect(mermaidText('‹already›')).toBe('#8249;already#8250;');
  });

  it('flattens whitespace and never returns an empty label', () => {
    expect(mermaidText('  two\nlines\t and\r\n  more  ')).toBe('two lines and more');
    expect(mermaidText('')).toBe('-');
    expect(mermaidText(' \n\t ')).toBe('-');
  });

  it('leaves no character that means anything to Mermaid or HTML', () => {
    for (const label of HOSTILE) expect(mermaidText(label)).toMatch(/^(?:[A-Za-z0-9 .,'()/+_\-‹›]|\p{L}|#\d+;)+$/u);
  });
});

describe('gantt', () => {
  const sections: GanttSection[] = [
    {
      label: 'Pilot: phase 1',
      tasks: [
        { label: 'Set up LinkedIn page', start: '2026-01-05', end: '2026-02-27', state: 'done' },
        { label: 'Train ambassadors', start: '2026-03-02', end: '2026-03-02', state: 'crit' },
      ],
      milestones: [{ label: 'Go/no-go', date: '2026-03-31' }],
    },
    { label: 'Nothing here', tasks: [], milestones: [] },
    { label: 'Roll-out', tasks: [{ label: 'Everyone', start: '2026-04-01', end: '2026-09-30', state: 'active' }] },
    { label: 'Reviews', tasks: [], milestones: [{ label: 'Board review', date: '2026-10-15' }] },
  ];

  it('writes the chart the brief describes', () => {
    expect(gantt('Social media plan', sections)).toBe(
      [
        '```mermaid',
        '%%{init: {"gantt": {"leftPadding": 210, "sectionFontSize": 12, "fontSize": 12, "barHeight": 22} } }%%',
        'gantt',
        '    title Social media plan',
        '    dateFormat YYYY-MM-DD',
        '    axisFormat %b %Y',
        '    inclusiveEndDates',
        '    todayMarker off',
        '    section Pilot#58; phase 1',
        '    Set up LinkedIn page :done, t1, 2026-01-05, 2026-02-27',
        '    Train ambassadors :crit, t2, 2026-03-02, 2026-03-02',
        '    Go/no-go :milestone, 2026-03-31, 0d',
        '    section Roll-out',
        '    Everyone :active, t3, 2026-04-01, 2026-09-30',
        '    section Reviews',
        '    Board review :milestone, 2026-10-15, 0d',
        '```',
      ].join('\n'),
    );
  });

  it('brings sections, dates and milestones through the parser, leaving out empty sections', async () => {
    const db = await parsed<GanttDb>(gantt('Social media plan', sections));
    const tasks = db.getTasks();
    expect(db.getDiagramTitle()).toBe('Social media plan');
    expect(tasks).toHaveLength(5);
    // inclusiveEndDates: a task's end date is its last day, so Mermaid's exclusive end is the day after.
    expect(tasks.map((t) => [t.task.trim(), decode(t.section), day(t.startTime), day(t.endTime), t.milestone === true])).toEqual([
      ['Set up LinkedIn page', 'Pilot: phase 1', '2026-01-05', '2026-02-28', false],
      ['Train ambassadors', 'Pilot: phase 1', '2026-03-02', '2026-03-03', false],
      ['Go/no-go', 'Pilot: phase 1', '2026-03-31', '2026-03-31', true],
      ['Everyone', 'Roll-out', '2026-04-01', '2026-10-01', false],
      ['Board review', 'Reviews', '2026-10-15', '2026-10-15', true],
    ]);
    expect(tasks.slice(0, 2).map((t) => t.id)).toEqual(['t1', 't2']);
  });

  it('takes hostile titles, sections, tasks and milestones as plain text', async () => {
    for (const label of HOSTILE) {
      const block = gantt(label, [
        { label, tasks: [{ label, start: '2026-01-01', end: '2026-01-31' }], milestones: [{ label, date: '2026-02-01' }] },
        { label: 'After', tasks: [{ label: 'Last', start: '2026-03-01', end: '2026-03-31' }] },
      ]);
      const db = await parsed<GanttDb>(block);
      const tasks = db.getTasks();
      expect(decode(db.getDiagramTitle()), label).toBe(shown(label));
      expect(tasks.map((t) => decode(t.task).trim()), label).toEqual([shown(label), shown(label), 'Last']);
      expect(tasks.map((t) => decode(t.section)), label).toEqual([shown(label), shown(label), 'After']);
      expect(tasks.map((t) => day(t.startTime)), label).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    }
  });

  it('keeps a task named like a Gantt keyword from acting as one', async () => {
    const block = gantt('Plan', [{ label: 'S', tasks: [{ label: 'Title review', start: '2026-01-01', end: '2026-01-02' }, { label: 'dateFormat check', start: '2026-01-03', end: '2026-01-04' }] }]);
    expect(block).toContain('    #84;itle review :t1');
    expect(gantt('Plan', [{ label: 'S', tasks: [{ label: 'Titles and sections', start: '2026-01-01', end: '2026-01-02' }] }])).toContain('    Titles and sections :t1');
    const db = await parsed<GanttDb>(block);
    expect(db.getDiagramTitle()).toBe('Plan');
    expect(db.getTasks().map((t) => decode(t.task).trim())).toEqual(['Title review', 'dateFormat check']);
  });

  it('refuses dates that are not real YYYY-MM-DD days, and tasks that end before they start', () => {
    const one = (start: string, end: string): GanttSection[] => [{ label: 'S', tasks: [{ label: 'T', start, end }] }];
    expect(() => gantt('P', one('2026-02-30', '2026-03-01'))).toThrow(RangeError);
    expect(() => gantt('P', one('2026-01-01\n    click t1 call alert()', '2026-03-01'))).toThrow(RangeError);
    expect(() => gantt('P', one('2026-03-02', '2026-03-01'))).toThrow(/before it starts/);
    expect(() => gantt('P', [{ label: 'S', tasks: [], milestones: [{ label: 'M', date: '1.2.2026' }] }])).toThrow(RangeError);
  });
});

describe('traceability', () => {
  const trace: Traceability = {
    goals: [
      { id: 'trust', label: 'Be trusted' },
      { id: 'talent', label: 'Hire well' },
    ],
    objectives: [
      { id: 'listen', label: 'Social listening', goals: ['trust', 'nope'] },
      { id: 'brand', label: 'Employer brand', goals: ['trust', 'talent', 'talent'] },
      { id: 'lonely', label: 'Supports nothing', goals: [] },
    ],
    initiatives: [
      { id: 'li', label: 'LinkedIn pilot', objectives: ['brand', 'ghost', 'trust'] },
      { id: 'ambassadors', label: 'Ambassadors', objectives: ['listen', 'brand'] },
      { id: 'orphan', label: 'Serves nothing known', objectives: ['ghost'] },
    ],
  };

  it('draws exactly the known edges, once each, and every node', async () => {
    const db = await parsed<FlowDb>(traceability(trace));
    expect(db.getEdges().map((e) => `${e.start}->${e.end}`)).toEqual(['g1->o1', 'g1->o2', 'g2->o2', 'o2->i1', 'o1->i2', 'o2->i2']);
    expect([...db.getVertices().values()].map((v) => [v.id, decode(v.text)])).toEqual([
      ['g1', 'trust: Be trusted'],
      ['g2', 'talent: Hire well'],
      ['o1', 'listen: Social listening'],
      ['o2', 'brand: Employer brand'],
      ['o3', 'lonely: Supports nothing'],
      ['i1', 'LinkedIn pilot'],
      ['i2', 'Ambassadors'],
      ['i3', 'Serves nothing known'],
    ]);
    const subgraphs = db.getSubGraphs().map((s) => [s.title, [...s.nodes].sort()]);
    expect(subgraphs).toEqual(
      expect.arrayContaining([
        ['Business goals', ['g1', 'g2']],
        ['IT objectives', ['o1', 'o2', 'o3']],
        ['Initiatives', ['i1', 'i2', 'i3']],
      ]),
    );
    expect(subgraphs).toHaveLength(3);
  });

  it('cannot be broken by user ids such as end or graph, nor by hostile labels', async () => {
    for (const label of HOSTILE) {
      const t: Traceability = {
        goals: [{ id: 'end', label }],
        objectives: [{ id: 'graph', label, goals: ['end'] }],
        initiatives: [{ id: label, label, objectives: ['graph'] }],
      };
      const db = await parsed<FlowDb>(traceability(t));
      expect([...db.getVertices().values()].map((v) => [v.id, decode(v.text)]), label).toEqual([
        ['g1', `end: ${shown(label)}`],
        ['o1', `graph: ${shown(label)}`],
        ['i1', shown(label)],
      ]);
      expect(db.getEdges().map((e) => `${e.start}->${e.end}`), label).toEqual(['g1->o1', 'o1->i1']);
    }
  });

  it('draws the three subgraphs even with nothing in them', async () => {
    const db = await parsed<FlowDb>(traceability({ goals: [], objectives: [], initiatives: [] }));
    expect(db.getVertices().size).toBe(0);
    expect(db.getEdges()).toEqual([]);
  });
});

describe('pie', () => {
  it('leaves out slices of zero or less, and prints at most two decimals', async () => {
    const block = pie('Budget', [
      { label: 'Tools', value: 1234567.891 },
      { label: 'Nothing', value: 0 },
      { label: 'Refund', value: -5 },
      { label: 'Dust', value: 0.004 },
      { label: 'Thirds', value: 1 / 3 },
      { label: 'Huge', value: 1e21 },
    ]);
    const [fence, theme, ...rest] = block!.split('\n');
    expect(fence).toBe('```mermaid');
    // The pie sets its own dark slices and white percentages: Mermaid's default first slice is near-white.
    expect(theme).toMatch(/^%%\{init: \{"theme": "base", "themeVariables": \{"pie1": "#1f4e79",.*"pieSectionTextColor": "#ffffff"/);
    expect(rest).toEqual(['pie title Budget', '    "Tools" : 1234567.89', '    "Thirds" : 0.33', '    "Huge" : 1000000000000000000000', '```']);
    const db = await parsed<PieDb>(block!);
    expect([...db.getSections()]).toEqual([
      ['Tools', 1234567.89],
      ['Thirds', 0.33],
      ['Huge', 1e21],
    ]);
  });

  it('is null with no slice to show', () => {
    expect(pie('Budget', [])).toBeNull();
    expect(pie('Budget', [{ label: 'Zero', value: 0 }])).toBeNull();
  });

  it('takes hostile titles and labels as plain text', async () => {
    for (const label of HOSTILE) {
      const db = await parsed<PieDb>(pie(label, [{ label, value: 2 }, { label: 'Other', value: 1 }])!);
      expect(decode(db.getDiagramTitle()), label).toBe(shown(label));
      expect([...db.getSections()].map(([name, value]) => [decode(name), value]), label).toEqual([
        [shown(label), 2],
        ['Other', 1],
      ]);
    }
  });
});

describe('lineChart', () => {
  it('charts negative values in a scale that keeps them short, with its own colours', async () => {
    const block = lineChart('Net benefit', ['Q1', 'Q2', 'Q3'], 'EUR', [-12000.4, -0.2, 31000.6]);
    const lines = block.split('\n');
    // Theme variables apply only to the base theme: without it the line stays Mermaid's near-white default.
    expect(lines[1]).toMatch(/^%%\{init: \{"theme": "base", "themeVariables": \{"xyChart": \{"backgroundColor": "#ffffff", "plotColorPalette": "#1f4e79"/);
    expect(lines[1]).not.toContain('}}');
    expect(lines.slice(2)).toEqual(['xychart-beta', '    title "Net benefit"', '    x-axis ["Q1", "Q2", "Q3"]', '    y-axis "EUR thousands"', '    line [-12, 0, 31]', '```']);
    const data = (await parsed<XyDb>(block)).getXYChartData();
    expect(data.plots).toHaveLength(1);
    expect(data.plots[0]!.data).toEqual([
      ['Q1', -12],
      ['Q2', 0],
      ['Q3', 31],
    ]);
  });

  it.each([
    [[2_500_000, -400_000], 'EUR millions', '2.5, -0.4'],
    [[400_000, 1_200], 'EUR thousands', '400, 1.2'],
    [[5_000, -20], 'EUR', '5000, -20'],
    [[3_200_000_000, 0], 'EUR billions', '3.2, 0'],
  ] as const)('shows %j on an axis titled %s as %s', (values, axis, shown) => {
    const block = lineChart('Net', ['A', 'B'], 'EUR', values);
    expect(block).toContain(`    y-axis "${axis}"\n    line [${shown}]`);
  });

  it('takes hostile titles and labels as plain text', async () => {
    for (const label of HOSTILE) {
      const db = await parsed<XyDb>(lineChart(label, [label, 'Next'], label, [1, -1]));
      const data = db.getXYChartData();
      expect(decode(db.getDiagramTitle()), label).toBe(shown(label));
      expect(data.xAxis.categories.map(decode), label).toEqual([shown(label), 'Next']);
      expect(decode(data.yAxis.title), label).toBe(shown(label));
    }
  });

  it('needs one value per label, and at least one', () => {
    expect(() => lineChart('T', [], 'y', [])).toThrow(RangeError);
    expect(() => lineChart('T', ['a', 'b'], 'y', [1])).toThrow(RangeError);
    expect(() => lineChart('T', ['a'], 'y', [Number.NaN])).toThrow(RangeError);
  });
});

describe('every diagram', () => {
  it('is the same bytes for the same input, with no tabs and no trailing spaces', () => {
    const label = 'Tabs\there  and spaces  \n';
    const make = () => [
      gantt(label, [{ label, tasks: [{ label, start: '2026-01-01', end: '2026-01-02' }], milestones: [{ label, date: '2026-01-03' }] }]),
      traceability({ goals: [{ id: label, label }], objectives: [], initiatives: [] }),
      pie(label, [{ label, value: 1 }])!,
      lineChart(label, [label], label, [1]),
    ];
    const first = make();
    expect(make()).toEqual(first);
    for (const block of first) {
      expect(block).not.toMatch(/\t| \n| $/);
      expect(block.endsWith('```')).toBe(true);
    }
  });

  it('fails these checks when a label goes in unescaped: the parser rejects it, or reads back something else', async () => {
    await expect(mermaid.parse('flowchart LR\n    g1["trust: a "b" c"]')).rejects.toThrow(/Parse error/);
    // Mermaid accepts some unescaped labels and quietly mangles them: only reading them back catches that.
    const flow = await parsed<FlowDb>('```mermaid\nflowchart LR\n    g1["trust: She said "hi""]\n```');
    expect(decode(flow.getVertices().get('g1')!.text)).toBe('trust: She said hi');
    const chart = await parsed<GanttDb>('```mermaid\ngantt\n    dateFormat YYYY-MM-DD\n    section S\n    Go: live :t1, 2026-01-01, 2026-01-02\n```');
    expect(chart.getTasks().map((t) => [t.task, t.id])).toEqual([['Go', 'live :t1']]);
    await expect(mermaid.parse('gantt\n    title Plan\n    section S\n    Title review :t1, 2026-01-01, 2026-01-02')).resolves.toBeTruthy();
    const stolen = await parsed<GanttDb>('```mermaid\ngantt\n    title Plan\n    section S\n    Title review :t1, 2026-01-01, 2026-01-02\n```');
    expect([stolen.getDiagramTitle(), stolen.getTasks()]).toEqual(['review :t1, 2026-01-01, 2026-01-02', []]);
  });

  it('lets no label break a gantt chart or a flowchart, or read back as anything but itself', async () => {
    const hostileChars = fc.constantFrom(...'<>:;"\'#%`&|[](){}\\/-=!*~^$@?,.\n\t '.split(''), 'end', 'title ', 'section ', '2026-01-01', '%%', 'ﬂ°°', '¶ß', 'é', '🚀');
    const label = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string({ unit: hostileChars }));
    await fc.assert(
      fc.asyncProperty(label, async (text) => {
        const expected = shown(text);
        const g = await parsed<GanttDb>(gantt(text, [{ label: text, tasks: [{ label: text, start: '2026-01-01', end: '2026-01-02' }] }]));
        const tasks = g.getTasks();
        expect(tasks).toHaveLength(1);
        expect(decode(tasks[0]!.task).trim()).toBe(expected);
        expect(decode(tasks[0]!.section)).toBe(expected);
        expect(decode(g.getDiagramTitle())).toBe(expected);
        const f = await parsed<FlowDb>(traceability({ goals: [{ id: text, label: text }], objectives: [{ id: 'o', label: text, goals: [text] }], initiatives: [] }));
        expect([...f.getVertices().values()].map((v) => decode(v.text))).toEqual([`${expected}: ${expected}`, `o: ${expected}`]);
        expect(f.getEdges()).toHaveLength(1);
      }),
      { numRuns: 100 },
    );
  });
});
