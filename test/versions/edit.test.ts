import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appendItems, prependItem, replaceScalar } from '../../src/model/edit.js';
import { parseStrategy } from '../../src/model/parse.js';
import type { Strategy } from '../../src/model/schema/strategy.js';
import { edit } from '../helpers.js';

/**
 * The text splices `bump` and `signoff` are made of. A user's file has comments on every line, blank
 * lines, flow lists spaced their own way and folded text: the splice must change the intended lines
 * and leave every other byte where it was.
 */

/** A valid strategy with a comment at every turn, history in flow style (as examples/portfolio.yaml keeps it). */
const COMMENTED = `# yaml-language-server: $schema=../../schema/strategy.schema.json
# A strategy with a comment at every turn: edits must leave each one where it is.
apiVersion: socialplan/v1   # the format
kind: SocialStrategy

# What and whose.
metadata:
  name: commented
  title: "Commented strategy"     # quoted on purpose
  organization: Example Ltd
  industries: [retail,   logistics]   # odd spacing in a flow list
  owner: { name: Ada Lovelace, role: CIO }
  # the version bump touches only the next line
  version: 1.4.0   # raised by socialplan bump
  status: draft

  currency: EUR
  history:
    # newest first
    - { version: 1.4.0, date: 2026-10-01, author: Ada Lovelace, summary: "Second: care moved to pilot." }
    - { version: 1.0.0, date: 2026-06-01, author: Ada Lovelace,
        summary: First version. }   # wrapped over two lines

alignment:
  businessProblem: >-
    Customers wait days for an answer,
    and nobody owns the channel.
  businessGoals:
    - { id: BG1, statement: Serve customers faster. }   # the only goal
  itObjectives:
    - { id: IT1, statement: Answer customers where they are., supports: [BG1] }
initiatives:
  # one initiative
  - id: care
    name: Customer care
    scope: external
    stage: pilot
    supports: [IT1]
    platforms: [ linkedin ]
    personalData:
      lawfulBasis: legitimate-interests   # reviewed by the DPO


platforms:
  - { id: linkedin, name: LinkedIn page }
# the end
`;

const FLOW_HISTORY = `  history:
    # newest first
    - { version: 1.4.0, date: 2026-10-01, author: Ada Lovelace, summary: "Second: care moved to pilot." }
    - { version: 1.0.0, date: 2026-06-01, author: Ada Lovelace,
        summary: First version. }   # wrapped over two lines
`;

const BLOCK_HISTORY = `  history:
    # newest first
    - version: 1.4.0   # the current one
      date: 2026-10-01
      author: Ada Lovelace
      summary: "Second: care moved to pilot."

    - version: 1.0.0
      date: 2026-06-01
      author: Ada Lovelace
      summary: >-
        First version,
        written in a hurry.
`;

const BLOCK = edit(COMMENTED, FLOW_HISTORY, BLOCK_HISTORY);
const NO_HISTORY = edit(COMMENTED, FLOW_HISTORY, '');

const ENTRY = { version: '1.5.0', date: '2026-11-25', author: 'Grace Hopper', summary: 'Added the careers pilot.' };

function load(text: string): Strategy {
  const result = parseStrategy('edited.yaml', text);
  if (!result.loaded) throw new Error(`not a valid strategy:\n${result.diagnostics.map((d) => `${d.line}: ${d.message}`).join('\n')}\n${text}`);
  return result.loaded.data;
}

/** Lines removed and added between two texts, by a longest common subsequence of lines. */
function lineChanges(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const removed: string[] = [];
  const added: string[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) [i, j] = [i + 1, j + 1];
    else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) added.push(b[j++]!);
    else removed.push(a[i++]!);
  }
  return { removed, added };
}

/** The text with `lines` inserted before the first line that equals `beforeLine`. */
function insertedBefore(text: string, beforeLine: string, lines: string[]): string {
  const all = text.split('\n');
  const at = all.indexOf(beforeLine);
  if (at === -1) throw new Error(`no line ${JSON.stringify(beforeLine)}`);
  return [...all.slice(0, at), ...lines, ...all.slice(at)].join('\n');
}

describe('the fixtures', () => {
  it('are valid strategies, so every edit below starts from a file socialplan accepts', () => {
    for (const text of [COMMENTED, BLOCK, NO_HISTORY]) expect(load(text).metadata.version).toBe('1.4.0');
    expect(load(COMMENTED).metadata.history).toHaveLength(2);
    expect(load(BLOCK).metadata.history?.[1]?.summary).toBe('First version, written in a hurry.');
    expect(load(NO_HISTORY).metadata.history).toBeUndefined();
  });

  it('the line comparison sees a one-line change as one line out and one in', () => {
    expect(lineChanges('a\nb\nc\n', 'a\nB\nc\n')).toEqual({ removed: ['b'], added: ['B'] });
    expect(lineChanges('a\nc\n', 'a\nb\nc\n')).toEqual({ removed: [], added: ['b'] });
    expect(lineChanges('a\nb\n', 'a\nb\n')).toEqual({ removed: [], added: [] });
  });
});

describe('replaceScalar', () => {
  it('changes the version and nothing else: the inline comment and every other line stay', () => {
    const after = replaceScalar(COMMENTED, ['metadata', 'version'], '1.5.0');
    expect(after).toBe(edit(COMMENTED, '  version: 1.4.0   # raised by socialplan bump\n', '  version: 1.5.0   # raised by socialplan bump\n'));
    expect(lineChanges(COMMENTED, after)).toEqual({
      removed: ['  version: 1.4.0   # raised by socialplan bump'],
      added: ['  version: 1.5.0   # raised by socialplan bump'],
    });
    expect(load(after).metadata.version).toBe('1.5.0');
  });

  it.each([
    ['double', '  version: "1.4.0"   # raised by socialplan bump', '  version: "2.0.0-rc.1"   # raised by socialplan bump'],
    ['single', "  version: '1.4.0'   # raised by socialplan bump", "  version: '2.0.0-rc.1'   # raised by socialplan bump"],
  ])('keeps a %s-quoted version quoted', (_, line, expected) => {
    const text = edit(COMMENTED, '  version: 1.4.0   # raised by socialplan bump', line);
    const after = replaceScalar(text, ['metadata', 'version'], '2.0.0-rc.1');
    expect(lineChanges(text, after)).toEqual({ removed: [line], added: [expected] });
    expect(load(after).metadata.version).toBe('2.0.0-rc.1');
  });

  it('replaces a scalar that shares its text with others only at the path it is given', () => {
    // 1.4.0 is also the version of the first history entry: that one stays
    const after = replaceScalar(COMMENTED, ['metadata', 'version'], '1.4.1');
    expect(after.match(/1\.4\.0/g)).toHaveLength(1);
    expect(load(after).metadata.history?.[0]?.version).toBe('1.4.0');
  });

  it('reaches into lists by index and keeps the quotes there too', () => {
    const after = replaceScalar(COMMENTED, ['metadata', 'title'], 'Renamed strategy');
    expect(lineChanges(COMMENTED, after)).toEqual({
      removed: ['  title: "Commented strategy"     # quoted on purpose'],
      added: ['  title: "Renamed strategy"     # quoted on purpose'],
    });
    const item = replaceScalar(COMMENTED, ['alignment', 'businessGoals', 0, 'statement'], 'Serve customers in an hour.');
    expect(lineChanges(COMMENTED, item)).toEqual({
      removed: ['    - { id: BG1, statement: Serve customers faster. }   # the only goal'],
      added: ['    - { id: BG1, statement: Serve customers in an hour. }   # the only goal'],
    });
  });

  it('throws, naming the path, when there is no value there', () => {
    expect(() => replaceScalar(COMMENTED, ['metadata', 'reviewBy'], '2027-01-01')).toThrow('no value at metadata.reviewBy');
    expect(() => replaceScalar(COMMENTED, ['initiatives', 3, 'name'], 'x')).toThrow('no value at initiatives.3.name');
  });

  // A value with the quote character it is written in: 'it's' is no longer YAML. Not reachable from bump
  // (a version has no quotes) but replaceScalar promises the value, in the quotes it was written with.
  it("a value containing the scalar's own quote character still reads back as that value", () => {
    const text = edit(COMMENTED, '  title: "Commented strategy"', "  title: 'Commented strategy'");
    const after = replaceScalar(text, ['metadata', 'title'], "Ada's strategy");
    expect(parse(after).metadata.title).toBe("Ada's strategy");
  });
});

describe('prependItem into a history', () => {
  it('puts a one-line flow entry first beside flow entries, under the comment, and changes nothing else', () => {
    const after = prependItem(COMMENTED, ['metadata', 'history'], ENTRY);
    const line = '    - { version: 1.5.0, date: 2026-11-25, author: Grace Hopper, summary: Added the careers pilot. }';
    expect(after).toBe(insertedBefore(COMMENTED, '    - { version: 1.4.0, date: 2026-10-01, author: Ada Lovelace, summary: "Second: care moved to pilot." }', [line]));
    expect(lineChanges(COMMENTED, after)).toEqual({ removed: [], added: [line] });
    const history = load(after).metadata.history!;
    expect(history.map((h) => h.version)).toEqual(['1.5.0', '1.4.0', '1.0.0']);
    expect(history[0]).toEqual(ENTRY);
  });

  it('writes a block entry beside block entries, at their indentation', () => {
    const after = prependItem(BLOCK, ['metadata', 'history'], ENTRY);
    const lines = ['    - version: 1.5.0', '      date: 2026-11-25', '      author: Grace Hopper', '      summary: Added the careers pilot.'];
    expect(after).toBe(insertedBefore(BLOCK, '    - version: 1.4.0   # the current one', lines));
    expect(lineChanges(BLOCK, after)).toEqual({ removed: [], added: lines });
    const history = load(after).metadata.history!;
    expect(history[0]).toEqual(ENTRY);
    expect(history[2]?.summary).toBe('First version, written in a hurry.');
  });

  it('follows a list written at its key’s own indentation', () => {
    const text = edit(COMMENTED, FLOW_HISTORY, '  history:\n  - { version: 1.4.0, date: 2026-10-01, author: Ada Lovelace, summary: Second. }\n');
    const after = prependItem(text, ['metadata', 'history'], ENTRY);
    expect(lineChanges(text, after)).toEqual({ removed: [], added: ['  - { version: 1.5.0, date: 2026-11-25, author: Grace Hopper, summary: Added the careers pilot. }'] });
    expect(load(after).metadata.history?.map((h) => h.version)).toEqual(['1.5.0', '1.4.0']);
  });

  it('adds a missing history as the last key of metadata, before the blank line and the next comment', () => {
    const after = prependItem(NO_HISTORY, ['metadata', 'history'], ENTRY);
    const lines = ['  history:', '    - version: 1.5.0', '      date: 2026-11-25', '      author: Grace Hopper', '      summary: Added the careers pilot.'];
    expect(after).toBe(edit(NO_HISTORY, '  currency: EUR\n\nalignment:', `  currency: EUR\n${lines.join('\n')}\n\nalignment:`));
    expect(lineChanges(NO_HISTORY, after)).toEqual({ removed: [], added: lines });
    const strategy = load(after);
    expect(strategy.metadata.history).toEqual([ENTRY]);
    expect(strategy.metadata.currency).toBe('EUR');
    expect(strategy.alignment.businessProblem).toBe('Customers wait days for an answer, and nobody owns the channel.');
  });

  it('adds a missing history after a folded scalar that ends metadata, leaving the scalar as it was', () => {
    const folded = edit(NO_HISTORY, '  title: "Commented strategy"     # quoted on purpose\n', '').replace('  currency: EUR\n', '  currency: EUR\n  title: >-\n    Commented\n    strategy\n');
    expect(load(folded).metadata.title).toBe('Commented strategy');
    const after = prependItem(folded, ['metadata', 'history'], ENTRY);
    expect(after).toBe(edit(folded, '    strategy\n\nalignment:', '    strategy\n  history:\n    - version: 1.5.0\n      date: 2026-11-25\n      author: Grace Hopper\n      summary: Added the careers pilot.\n\nalignment:'));
    const strategy = load(after);
    expect(strategy.metadata.title).toBe('Commented strategy');
    expect(strategy.metadata.history).toEqual([ENTRY]);
  });

  it('keeps a file with no final newline whole', () => {
    const text = 'metadata:\n  version: 1.0.0\n  status: draft';
    const after = prependItem(text, ['metadata', 'history'], ENTRY);
    expect(after.startsWith(`${text}\n  history:\n`)).toBe(true);
    expect(parse(after)).toEqual({ metadata: { version: '1.0.0', status: 'draft', history: [ENTRY] } });
  });

  it.each([
    ['a colon and a hash', 'Moved: care to pilot # and more'],
    ['a leading quote', '"Quoted" in the first word'],
    ['words YAML would read as other types', 'yes'],
    ['a number', '1.0'],
    ['a date', '2026-11-25'],
    ['braces and brackets', 'Scope {internal} [draft]'],
    ['a leading dash', '- dropped the ban'],
    ['non-ASCII', 'Sinéad’s changes — approved'],
  ])('writes a summary with %s so it reads back as the same string, in flow and in block style', (_, summary) => {
    for (const text of [COMMENTED, BLOCK, NO_HISTORY]) {
      const after = prependItem(text, ['metadata', 'history'], { ...ENTRY, summary });
      expect(lineChanges(text, after).removed).toEqual([]);
      expect(load(after).metadata.history?.[0]).toEqual({ ...ENTRY, summary });
    }
  });

  it('does a whole bump (version and history) in exactly two places', () => {
    const after = prependItem(replaceScalar(COMMENTED, ['metadata', 'version'], '1.5.0'), ['metadata', 'history'], ENTRY);
    expect(lineChanges(COMMENTED, after)).toEqual({
      removed: ['  version: 1.4.0   # raised by socialplan bump'],
      added: ['  version: 1.5.0   # raised by socialplan bump', '    - { version: 1.5.0, date: 2026-11-25, author: Grace Hopper, summary: Added the careers pilot. }'],
    });
    // every comment survives, in order
    const comments = (text: string) => text.split('\n').filter((l) => l.includes('#'));
    expect(comments(after)).toEqual(comments(COMMENTED).flatMap((l) => (l.includes('1.4.0   #') ? ['  version: 1.5.0   # raised by socialplan bump'] : [l])));
  });

  it('keeps a file with Windows line endings parseable, and its own lines as they were', () => {
    const crlf = COMMENTED.replace(/\n/g, '\r\n');
    const after = prependItem(replaceScalar(crlf, ['metadata', 'version'], '1.5.0'), ['metadata', 'history'], ENTRY);
    expect(load(after).metadata.history?.[0]).toEqual(ENTRY);
    expect(lineChanges(crlf, after).removed).toEqual(['  version: 1.4.0   # raised by socialplan bump\r']);
  });

  // The new lines end in a bare LF in a CRLF file: the file now mixes line endings (git shows ^M).
  it.each([
    ['a flow history', COMMENTED],
    ['a block history', BLOCK],
    ['no history', NO_HISTORY],
  ])('in a CRLF file with %s, the lines it adds end in CRLF too', (_, text) => {
    const crlf = text.replace(/\n/g, '\r\n');
    const after = prependItem(crlf, ['metadata', 'history'], ENTRY);
    expect(after.split('\r\n').filter((line) => line.includes('\n'))).toEqual([]);
  });

  // A flow or empty history goes through the yaml Document API, which re-serialises the whole file:
  // `{ name: Ada Lovelace, role: CIO }` becomes `{name: Ada Lovelace, role: CIO}`, `[ linkedin ]` becomes
  // `[linkedin]`, a comment loses its spacing... `socialplan bump` on such a file rewrites lines it never meant to.
  it.each([
    ['an empty flow history', '  history: []\n'],
    ['a one-line flow history', '  history: [{ version: 1.4.0, date: 2026-10-01, author: Ada Lovelace, summary: Second. }]\n'],
  ])('prepending into %s changes only the history line', (_, history) => {
    const text = edit(COMMENTED, FLOW_HISTORY, history);
    expect(load(text).metadata.version).toBe('1.4.0');
    const after = prependItem(text, ['metadata', 'history'], ENTRY);
    expect(load(after).metadata.history?.[0]).toEqual(ENTRY);
    const changed = lineChanges(text, after);
    expect(changed.removed).toEqual([history.trimEnd()]);
    expect(changed.added).toHaveLength(1);
  });
});

describe('appendItems (signoff)', () => {
  const SIGNOFF = { stakeholder: 'privacy', by: 'Sinéad Gallagher', date: '2026-11-25', decision: 'approved', version: '1.4.0', digest: `sha256:${'ab'.repeat(32)}` };

  it('adds a missing list at the end of the file, after the final comment, and nothing else changes', () => {
    const after = appendItems(COMMENTED, 'signoffs', [SIGNOFF]);
    expect(after.startsWith(COMMENTED)).toBe(true);
    expect(lineChanges(COMMENTED, after).removed).toEqual([]);
    expect(load(after).signoffs).toEqual([SIGNOFF]);
  });

  it('appends after the last item, in the list’s indentation, and keeps comments around it', () => {
    const once = appendItems(COMMENTED, 'signoffs', [SIGNOFF]);
    const commented = `${once}# signed so far\n`;
    const second = { ...SIGNOFF, stakeholder: 'legal', by: 'Catherine Albrecht' };
    const after = appendItems(commented, 'signoffs', [second]);
    expect(lineChanges(commented, after).removed).toEqual([]);
    expect(after.endsWith('# signed so far\n')).toBe(true);
    expect(load(after).signoffs).toEqual([SIGNOFF, second]);
  });

  it('returns the text unchanged when there is nothing to append', () => {
    expect(appendItems(COMMENTED, 'signoffs', [])).toBe(COMMENTED);
  });

  it('appending to an empty flow list `signoffs: []` changes only that line', () => {
    const text = `${COMMENTED}signoffs: []\n`;
    const after = appendItems(text, 'signoffs', [SIGNOFF]);
    expect(load(after).signoffs).toEqual([SIGNOFF]);
    expect(lineChanges(text, after).removed).toEqual(['signoffs: []']);
  });
});
