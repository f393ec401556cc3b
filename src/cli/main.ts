import { EXIT, runAssess, type CliIo } from './assess-command.ts';
import { parseCliArgs, USAGE } from './parse-args.ts';

/** Run the command line and return its exit code. */
async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const request = parseCliArgs(argv);
  switch (request.command) {
    case 'help':
      io.out(USAGE);
      return EXIT.ok;
    case 'usage-error':
      io.err(`error: ${request.message}\n\n${USAGE}`);
      return EXIT.badInput;
    case 'assess':
      return runAssess(request, io);
    case 'render':
      // Loaded only for render: jsdom and Plot are a second of start-up that assess does not need.
      return (await import('./render-command.ts')).runRender(request, io);
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
