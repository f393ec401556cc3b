import { EXIT, runAssess, type CliIo } from './assess-command.ts';
import { oneLine } from './message-text.ts';
import { parseCliArgs, USAGE } from './parse-args.ts';

/** Run the command line and return its exit code. */
async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const request = parseCliArgs(argv);
  switch (request.command) {
    case 'help':
      io.out(USAGE);
      return EXIT.ok;
    case 'usage-error':
      // The message may quote what was typed; it stays one line whatever that holds.
      io.err(`error: ${oneLine(request.message, 300)}\n\n${USAGE}`);
      return EXIT.badInput;
    case 'assess':
      return runAssess(request, io);
    case 'render': {
      // The link is opened first: a refused one is answered before jsdom and Plot load.
      const opened = await (await import('./open-link.ts')).openLink(request.link);
      if ('messages' in opened) {
        opened.messages.forEach((m) => io.err(m));
        return EXIT.badInput;
      }
      // Loaded only for render: jsdom and Plot are a second of start-up that assess does not need.
      return (await import('./render-command.ts')).runRender(request, opened.link, io);
    }
    case 'evaluate':
      return (await import('./evaluate-command.ts')).runEvaluate(request, io);
  }
}

/**
 * The last word on an error nothing else caught: one line, `error: <message>`, and exit code 1. Bad
 * input never comes here (the commands answer it with exit 2 and a line per problem), so this is
 * a bug in the CLI or the engine, and a stack trace would only hide the sentence a user can report.
 */
function internalError(e: unknown): void {
  const message = e instanceof Error ? `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}` : String(e);
  process.stderr.write(`error: ${oneLine(message.replace(/\s+/g, ' ').trim(), 300)}\n`);
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
