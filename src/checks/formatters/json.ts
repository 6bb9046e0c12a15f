import { countBySeverity } from '../report.js';
import type { Formatter } from './types.js';

/** Machine-readable results: stable keys, never coloured. */
export const json: Formatter = (reports) => {
  const { errors, warnings, infos, waived } = countBySeverity(reports);
  const files = reports.map(({ file, valid, diagnostics }) => ({ file, valid, diagnostics }));
  const counts = { errorCount: errors, warningCount: warnings, infoCount: infos, waivedCount: waived };
  return `${JSON.stringify({ files, ...counts }, null, 2)}\n`;
};
