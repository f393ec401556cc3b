import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = join(ROOT, 'src/cli/main.ts');
// `node --import tsx` resolves tsx from the working directory; an absolute URL lets a test start the
// CLI from a folder outside the repository, which is how it shows the seeds are found without cwd.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Start the CLI as a child process, as a user would, and collect what it wrote and its exit code. */
export function runCli(args: string[], cwd = ROOT): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', TSX, MAIN, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
