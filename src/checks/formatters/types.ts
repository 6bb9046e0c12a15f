import type { FileReport } from '../report.js';

export interface FormatterOptions {
  /** Colour is decided by the CLI (terminal, NO_COLOR, --no-color); formatters only obey. */
  colour: boolean;
}

export type Formatter = (reports: readonly FileReport[], options: FormatterOptions) => string;
