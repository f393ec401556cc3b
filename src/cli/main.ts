import { EXIT, type CliIo } from './assess-command.ts';
import { internalErrorLine, main } from './run.ts';

/**
 * The process entry of `npm run cli`: stdout and stderr, the exit code, and the handlers for a
 * closed pipe and for errors nothing else caught. The commands themselves are `main` in `run.ts`.
 */

/** Say an error nothing else caught in one line, and exit 1. */
function internalError(e: unknown): void {
  process.stderr.write(`${internalErrorLine(e)}\n`);
  process.exitCode = EXIT.failure;
}

// A reader that stops early (`| head`) closes the pipe; that is the reader's choice, not a failure to report.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  internalError(e);
  process.exit(EXIT.failure);
});
// Whatever escapes (a callback's throw, a promise nobody awaited) ends the same way, never as a stack trace.
process.on('uncaughtException', (e) => {
  internalError(e);
  process.exit(EXIT.failure);
});
process.on('unhandledRejection', (e) => {
  internalError(e);
  process.exit(EXIT.failure);
});

const io: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};
try {
  // exitCode rather than process.exit(): exiting at once can cut off output still flowing into a pipe.
  process.exitCode = await main(process.argv.slice(2), io);
} catch (e) {
  internalError(e);
}
