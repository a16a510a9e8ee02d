/** Exit codes, shared by every command (documented in the README). */
export const EXIT = {
  /** Success; for check: no error-level findings. */
  ok: 0,
  /** check: error findings or too many warnings; convert: some files failed. */
  findings: 1,
  /** Fatal: unreadable input, bad config, bad usage, nothing matched. */
  fatal: 2,
  /** A bug in plan-parse. */
  internal: 3,
} as const;
