import { visible } from './visible.js';

/** A source line as shown under a finding, and the caret line that points into it. */
export interface Excerpt {
  text: string;
  caret: string;
}

/** How much of the shown width goes before the caret when a long line is cut. */
const BEFORE = 1 / 3;
const CUT = '…';

/**
 * One line of a user's file quoted on a screen: controls shown as visible() shows them, cut to
 * `width` columns around the reported column with `…` where it was cut, and a caret under the
 * characters from `column` (1-based, in UTF-16 code units as every column socialplan reports) for
 * `length` code units. Columns are counted as code units of what is shown, so an escape such as
 * `\u202e` moves the caret by its six characters, exactly as it moves the text.
 */
export function excerpt(line: string, column: number, length: number, width = 120): Excerpt {
  const at = Math.max(0, column - 1);
  const span = Math.max(1, Math.min(length, width));
  // Every character shows as at least one column, so nothing further than `width` from the span can be shown.
  let lo = Math.max(0, Math.min(at, line.length) - width);
  let hi = Math.min(line.length, at + span + width);
  if (lo > 0 && isLowSurrogate(line.charCodeAt(lo))) lo++;
  if (hi < line.length && isLowSurrogate(line.charCodeAt(hi))) hi--;

  // The shown text piece by piece, whole characters, each with the code unit it starts at.
  const pieces: { start: number; shown: string }[] = [];
  for (let i = lo; i < hi; ) {
    const code = line.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    pieces.push({ start: i, shown: visible(line.slice(i, i + size)) });
    i += size;
  }
  const offsets = [0];
  for (const p of pieces) offsets.push(offsets[offsets.length - 1]! + p.shown.length);
  const total = offsets[offsets.length - 1]!;
  /** The shown column where the character at code unit `unit` starts (the end for one past it). */
  const shownAt = (unit: number): number => {
    const index = pieces.findIndex((p) => p.start >= unit);
    return index === -1 ? total : offsets[index]!;
  };
  const caretFrom = shownAt(at);
  const caretTo = Math.max(caretFrom + 1, shownAt(at + span));

  let from = 0;
  let to = total;
  if (lo > 0 || hi < line.length || total > width) {
    // Room for a cut mark at each end; the window starts a third of the way before the caret.
    const room = width - 2;
    from = Math.max(0, Math.min(caretFrom - Math.floor(room * BEFORE), total - room));
    from = offsets.find((o) => o >= from) ?? total;
    to = Math.min(total, from + room);
    to = [...offsets].reverse().find((o) => o <= to) ?? from;
  }
  const cutBefore = from > 0 || lo > 0;
  const cutAfter = to < total || hi < line.length;
  const text = (cutBefore ? CUT : '') + pieces.map((p) => p.shown).join('').slice(from, to) + (cutAfter ? CUT : '');
  const lead = caretFrom - from + (cutBefore ? 1 : 0);
  const carets = Math.max(1, Math.min(caretTo, Math.max(to, caretFrom + 1)) - caretFrom);
  return { text, caret: ' '.repeat(lead) + '^'.repeat(carets) };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
