/** What a CLI run produced: the exit code and the text for stdout/stderr (written by main only). */
export interface CliResult {
  readonly exitCode: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}
