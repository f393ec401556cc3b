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

// A reader that stops early (`| head`) closes the pipe; that is the reader's choice, not a failure to report.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});

const io: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};
// exitCode rather than process.exit(): exiting at once can cut off output still flowing into a pipe.
process.exitCode = await main(process.argv.slice(2), io);
