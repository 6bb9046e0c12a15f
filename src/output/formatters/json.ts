import { countBySeverity } from '../../checks/report.js';
import type { Formatter } from './types.js';
import { visibleJson } from '../../text/visible.js';

/** Machine-readable results: stable keys, never coloured. */
export const json: Formatter = (reports) => {
  const { errors, warnings, infos, waived } = countBySeverity(reports);
  const files = reports.map(({ file, valid, diagnostics }) => ({ file, valid, diagnostics }));
  const counts = { errorCount: errors, warningCount: warnings, infoCount: infos, waivedCount: waived };
  return visibleJson({ files, ...counts });
};
