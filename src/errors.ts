/**
 * Errors a user can act on. The CLI prints them as one line
 * (`plan-parse: FILE: cause`) and exits with `exitCode`; anything else is a bug
 * and shows a stack trace only with --debug.
 */
export type ErrorKind = 'input' | 'config' | 'usage';

export class PlanParseError extends Error {
  readonly kind: ErrorKind;
  /** The file the error is about, when there is one. */
  readonly file?: string;

  constructor(kind: ErrorKind, message: string, file?: string) {
    super(message);
    this.name = 'PlanParseError';
    this.kind = kind;
    this.file = file;
  }

  /** The one line users see. */
  get line(): string {
    return this.file ? `${this.file}: ${this.message}` : this.message;
  }
}

/** An input file that cannot be read: missing, unsupported, undecodable, corrupt, encrypted. */
export function inputError(file: string, message: string): PlanParseError {
  return new PlanParseError('input', message, file);
}
