// Run commands at the same time and fail if any fails: `node test/side-by-side.mjs "<main>" "<beside>"…`.
// The first command's output streams as it comes; each other command's output is held and printed
// whole when it ends, so the logs do not interleave. `npm test` runs the type checks and lint beside
// the browser tests: those spend much of their time waiting on pages, which leaves a core free on a
// 2-core machine.
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('usage: node test/side-by-side.mjs "<command>" ["<command>" …]');
  process.exit(2);
}

/** Run one command in a shell; resolve with its exit code (1 if it was killed by a signal). */
function run(command, live) {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const held = [];
    if (!live) {
      child.stdout.on('data', (chunk) => held.push(chunk));
      child.stderr.on('data', (chunk) => held.push(chunk));
    }
    child.on('close', (code) => {
      if (!live) {
        process.stdout.write(`\n── ${command} ──\n`);
        process.stdout.write(Buffer.concat(held));
      }
      resolve(code ?? 1);
    });
  });
}

const codes = await Promise.all(commands.map((command, i) => run(command, i === 0)));
const failed = commands.filter((_, i) => codes[i] !== 0);
if (failed.length > 0) {
  console.error(`\nfailed: ${failed.join('; ')}`);
  process.exit(1);
}
