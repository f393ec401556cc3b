import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { EXIT, type CliIo } from '../../src/cli/assess-command.ts';
import { internalErrorLine, main } from '../../src/cli/run.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = join(ROOT, 'src/cli/main.ts');
// `node --import tsx` resolves tsx from the working directory; an absolute URL lets a test start the
// CLI from a folder outside the repository, which is how it shows the seeds are found without cwd.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run the CLI in this process, through the same `main` that `npm run cli` runs, and collect exactly
 * what the process would print: each `io.out` and `io.err` call is its text and a newline, and an
 * error that escapes `main` is the process's one `error: …` line with exit 1. What only the process
 * does (the handlers for a closed pipe or a late throw) needs `runCli`.
 *
 * Paths are read relative to this process's working directory, which cannot be changed in a test
 * worker; so it must be the repository root, as it is for `runCli`, and a test that needs another
 * folder passes absolute paths.
 *
 * @param args - The CLI's arguments.
 */
export async function runCliInProcess(args: readonly string[]): Promise<CliRun> {
  if (resolve(process.cwd()) !== resolve(ROOT)) throw new Error(`runCliInProcess reads relative paths from the working directory, ${process.cwd()}, which is not the repository root ${ROOT}`);
  let stdout = '';
  let stderr = '';
  const io: CliIo = { out: (text) => void (stdout += `${text}\n`), err: (text) => void (stderr += `${text}\n`) };
  let status: number;
  try {
    status = await main(args, io);
  } catch (e) {
    stderr += `${internalErrorLine(e)}\n`;
    status = EXIT.failure;
  }
  return { status, stdout, stderr };
}

/** Start the CLI as a child process, as a user would, and collect what it wrote and its exit code. */
export function runCli(args: string[], cwd = ROOT): CliRun {
  const r = spawnSync(process.execPath, ['--import', TSX, MAIN, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The same, without blocking, so that a corpus of cases can run side by side.
 *
 * @param args - The CLI's arguments.
 * @param options - The working directory; modules for node to load first (`--import`), by URL; and
 *   `closeStdout` to close the reading end of stdout before the CLI writes, as `| head` does when it
 *   has read enough (stdout then comes back empty).
 */
export function runCliAsync(args: string[], options: { cwd?: string; preload?: string[]; closeStdout?: boolean } = {}): Promise<CliRun> {
  const imports = [TSX, ...(options.preload ?? [])].flatMap((url) => ['--import', url]);
  const child = spawn(process.execPath, [...imports, MAIN, ...args], { cwd: options.cwd ?? ROOT });
  // The CLI takes a moment to start, so this happens before its first write.
  if (options.closeStdout) child.stdout.destroy();
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
