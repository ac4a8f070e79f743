// Errors raised for the user to read: the message names what was wrong and the hint what to do.
// Fronts show them as they are (the CLI maps exitCode to its process exit code). They live in
// shared so that the virtual phone (which may not import the product) raises the same classes the
// CLI recognises.
export class UserError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    /** 2 when the user's input was wrong, 1 when the job could not be done. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export class BadInputError extends UserError {
  constructor(message: string, hint?: string) {
    super(message, hint, 2);
    this.name = 'BadInputError';
  }
}
