import type { FileReport } from '../../checks/report.js';
import type { Workspace } from './artifact-path.js';
import type { Paint } from './paint.js';

/** What a formatter may say about a rule (SARIF's driver.rules, the Markdown report's legend). */
export interface RuleInfo {
  id: string;
  stakeholder: string;
  severity: 'error' | 'warning' | 'info';
  title?: string;
  rationale?: string;
  reference?: string;
  fix?: string;
  /** Where the rule is documented, when it is a web address. */
  helpUri?: string;
}

export interface FormatterOptions {
  /** Colour is decided by the CLI (terminal, NO_COLOR, --no-color); formatters only use the paint they are given. */
  paint: Paint;
  /** Every rule that ran, for formats that describe rules as well as results. */
  rules: readonly RuleInfo[];
  /** socialplan's version, for formats that name their tool. */
  toolVersion: string;
  /** The day dates were judged as of (YYYY-MM-DD). */
  asOf: string;
  /** Where the command ran and the repository root, for the formats CI reads (files named from the root). */
  workspace: Workspace;
}

/** `(reports, options) => string`, as Spectral's formatters: pure, so each is tested by a golden file. */
export type Formatter = (reports: readonly FileReport[], options: FormatterOptions) => string;
