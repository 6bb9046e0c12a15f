/** What every command hands back to the CLI: the text for stdout and the exit code, printed and set by bin/ alone. */
export interface CommandResult {
  stdout: string;
  exitCode: number;
  /** stdout holds socialplan's own colour codes, which the CLI's last escaping pass lets through. */
  painted?: boolean;
}
