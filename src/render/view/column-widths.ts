/**
 * The width of each column of a plain-text table: its longest cell. Worked out in loops, since a
 * scorecard of 150,000 KPIs spread into Math.max(...) as arguments overflows the stack.
 */
export function columnWidths(table: readonly (readonly string[])[]): number[] {
  const widths: number[] = [];
  for (const row of table) row.forEach((cell, c) => (widths[c] = Math.max(widths[c] ?? 0, cell.length)));
  return widths;
}
