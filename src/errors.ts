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

  /** What a dependency said (its own words), shown only with --debug. */
  readonly detail?: string;

  constructor(kind: ErrorKind, message: string, file?: string, detail?: string) {
    super(message);
    this.name = 'PlanParseError';
    this.kind = kind;
    this.file = file;
    this.detail = detail;
  }

  /** The one line users see: whatever the file name holds (a newline, bytes that are not UTF-8), one line. */
  get line(): string {
    return oneLine(this.file ? `${displayName(this.file)}: ${this.message}` : this.message);
  }
}

/** An input file that cannot be read: missing, unsupported, undecodable, corrupt, encrypted. `cause`: the dependency's error, for --debug. */
export function inputError(file: string, message: string, cause?: unknown): PlanParseError {
  return new PlanParseError('input', message, file, cause === undefined ? undefined : causeText(cause));
}

function causeText(cause: unknown): string {
  return cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
}

/** Control characters (a newline in a file name) as escapes, so a message stays on one line. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}

/**
 * A file name for messages and the index: control characters escaped. Bytes
 * of a name that are not UTF-8 already arrive as U+FFFD (Node decodes names
 * that way), which is printable and stays.
 */
export function displayName(name: string): string {
  return oneLine(name);
}

/**
 * A dependency's error (mammoth, word-extractor, the zip and XML code below
 * them) in words a user acts on: the part that is damaged or the feature
 * that is not supported. The dependency's own message goes to `detail`.
 */
export function plainCause(error: unknown, what: 'docx' | 'doc' | 'html'): string {
  const message = error instanceof Error ? error.message : String(error);
  if (what === 'doc') return 'cannot read this Word .doc file: it is damaged';
  if (what === 'html') return 'the web page cannot be read: its HTML is damaged';
  if (/not implemented|unsupported|unrecognised|unrecognized/i.test(message)) return 'the Word document uses a feature plan-parse cannot read (it may be damaged)';
  const part = /\b(word\/[\w./-]+\.xml|\[Content_Types\]\.xml|_rels\/[\w./-]+)/.exec(message)?.[1];
  return `the Word document is damaged${part ? ` (${part} cannot be read)` : ' (a part of it cannot be read)'}`;
}
