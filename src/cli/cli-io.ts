/** Where a command writes: the process's streams in `main.ts`, a buffer in tests. */
export interface CliIo {
  /** Write one block of output; a newline is added. */
  out(text: string): void;
  /** Write one message line; a newline is added. */
  err(text: string): void;
}

/** Exit codes: done, failure inside the engine or seed data, bad usage or input. */
export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;
