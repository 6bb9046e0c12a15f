import type { Location } from '../diagnostic.js';

/**
 * Offset -> 1-based line and column (in UTF-16 code units, as editors and the `yaml` package
 * count them). The index of line starts is built on the first question, so a file with nothing to
 * report never pays for it.
 */
export function lineIndex(text: string): (offset: number) => Location {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}
