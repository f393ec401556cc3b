// Measures what each page makes the browser download before it can run: the entry script and every
// module it preloads (run `npm run build` first). Chunks loaded later by `import()` are listed apart.
// Prints figures; asserts nothing.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: run \`npm run build\` first`);

const gzipKb = (file: string) => gzipSync(readFileSync(join(dist, file))).length / 1024;
const round = (kb: number) => Math.round(kb * 10) / 10;

/** The scripts a page's HTML names: its module entry and its modulepreload links. */
function initialScripts(html: string): string[] {
  const found = [...html.matchAll(/<script[^>]*type="module"[^>]*src="\.\/([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\.\/([^"]+)"/g)];
  return found.map((match) => match[1] ?? '');
}

const rows: Record<string, { scripts: number; 'gzip KB': number }> = {};
const initial = new Set<string>();
for (const page of ['index.html', 'embed.html']) {
  const scripts = initialScripts(readFileSync(join(dist, page), 'utf8'));
  scripts.forEach((script) => initial.add(script));
  rows[page] = { scripts: scripts.length, 'gzip KB': round(scripts.reduce((sum, script) => sum + gzipKb(script), 0)) };
}
console.table(rows);
const later = readdirSync(join(dist, 'assets'))
  .filter((file) => file.endsWith('.js') && !initial.has(`assets/${file}`))
  .map((file) => ({ chunk: file, 'gzip KB': round(gzipKb(`assets/${file}`)) }));
console.table(later);
console.log(JSON.stringify({ index_kb: rows['index.html']?.['gzip KB'], embed_kb: rows['embed.html']?.['gzip KB'] }));
