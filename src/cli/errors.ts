// Exit codes of every command: 0 success, 1 the job failed, 2 bad usage or bad input.
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** An error whose message is written for the user; the CLI prints it without a stack trace. */
export class CliError extends Error {
  constructor(
    readonly exitCode: 1 | 2,
    message: string,
    /** What to do about it, printed on its own line. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string, hint?: string) => new CliError(EXIT_USAGE, message, hint);
export const jobError = (message: string, hint?: string) => new CliError(EXIT_FAILED, message, hint);
