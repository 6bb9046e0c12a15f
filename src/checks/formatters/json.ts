import { countBySeverity } from '../report.js';
import type { Formatter } from './types.js';

/** Machine-readable results: stable keys, never coloured. */
export const json: Formatter = (reports) => {
  const { errors, warnings } = countBySeverity(reports);
  const files = reports.map(({ file, valid, diagnostics }) => ({ file, valid, diagnostics }));
  return `${JSON.stringify({ files, errorCount: errors, warningCount: warnings }, null, 2)}\n`;
};
