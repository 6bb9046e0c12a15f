import { checkFiles } from '../../checks/check-files.js';
import { formatters, type FormatName } from '../../checks/formatters/index.js';
import { EXIT } from '../../errors.js';

export interface CheckOptions {
  files: string[];
  format: FormatName;
  colour: boolean;
}

export interface CommandResult {
  stdout: string;
  exitCode: number;
}

export async function check(options: CheckOptions): Promise<CommandResult> {
  const reports = await checkFiles(options.files);
  const colour = options.format === 'text' && options.colour;
  const stdout = formatters[options.format](reports, { colour });
  const allValid = reports.every((r) => r.valid);
  return { stdout, exitCode: allValid ? EXIT.ok : EXIT.input };
}
