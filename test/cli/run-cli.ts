import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

/** Start the CLI as a child process, as a user would, and collect what it wrote and its exit code. */
export function runCli(args: string[], cwd = ROOT): CliRun {
  const r = spawnSync(process.execPath, ['--import', TSX, MAIN, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The same, without blocking, so that a corpus of cases can run side by side.
 *
 * @param args - The CLI's arguments.
 * @param options - The working directory, and modules for node to load first (`--import`), by URL.
 */
export function runCliAsync(args: string[], options: { cwd?: string; preload?: string[] } = {}): Promise<CliRun> {
  const imports = [TSX, ...(options.preload ?? [])].flatMap((url) => ['--import', url]);
  const child = spawn(process.execPath, [...imports, MAIN, ...args], { cwd: options.cwd ?? ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
