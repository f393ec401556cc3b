import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { execFile } from 'node:child_process';
import type { PrerenderedChart } from './src/charts/prerender-opening.ts';
import { packSeeds, unpackSeeds } from './src/data/seed-bundle.ts';
import { javascriptLiteral, measureTrackRecord } from './src/runner/shipped-track-record.ts';

const SEED_BUNDLE = 'virtual:seed-bundle';
/**
 * How long a unit or ui test may take before it counts as hung (Vitest's default is 5 s). A test that
 * opens a file or builds a notebook took 7 s on this 2-core machine while a browser run shared it:
 * the limit catches a hang, it is not a speed check (speed is the benches' job).
 */
const SLOW_MACHINE_TIMEOUT = 30_000;
const SEED_BUNDLE_PATH = '/__seed-bundle.json';

/** The seed bundle from the CSVs on disk (see src/data/seed-bundle.ts). */
function seedBundleText(): string {
  const read = (name: string) => readFileSync(`seeds/${name}.csv`, 'utf8');
  return JSON.stringify(packSeeds({ plans: read('plans'), indicators: read('indicators'), targets: read('targets'), actuals: read('actuals') }));
}

/**
 * Ship the seed data parsed: `virtual:seed-bundle` is the URL of a JSON file made from the seed
 * CSVs when the app is built (an asset, hashed) or, under the dev server, on each request. A seed
 * row the build would refuse still shows in the page's problems, as before.
 */
function seedBundle(): Plugin {
  let serving = false;
  return {
    name: 'targetline-seed-bundle',
    configResolved: (config) => void (serving = config.command === 'serve'),
    resolveId: (id) => (id === SEED_BUNDLE ? `\0${SEED_BUNDLE}` : null),
    load(id) {
      if (id !== `\0${SEED_BUNDLE}`) return null;
      if (serving) return `export default ${JSON.stringify(SEED_BUNDLE_PATH)};`;
      for (const name of ['plans', 'indicators', 'targets', 'actuals']) this.addWatchFile(`seeds/${name}.csv`);
      const ref = this.emitFile({ type: 'asset', name: 'seeds.json', source: seedBundleText() });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      server.middlewares.use(SEED_BUNDLE_PATH, (_request, response) => {
        response.setHeader('Content-Type', 'application/json');
        response.end(seedBundleText());
      });
    },
  };
}

/**
 * Preload the seed bundle from both pages' HTML, and the Chinese drawing of the notebook's first chart
 * from the notebook's (the embed draws its own chart): the app fetches them only once its script has run, and the first screen waits for it, so the browser starts it beside the
 * script instead. `as="fetch"` with `crossorigin` matches a same-origin `fetch()`, so the
 * response is reused rather than fetched twice. They come first in the head: over HTTP/1.1's six
 * connections a slow network queued the data behind twenty module scripts (+300 ms on a phone profile).
 */
function preloadSeeds(): Plugin {
  return {
    name: 'targetline-preload-seeds',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) =>
        Object.keys(context.bundle ?? {})
          // The first chart drawn ahead, in Chinese, the page's default language (see `openingCharts`).
          .filter((file) => /\/seeds-[^/]*\.json$/.test(file) || (!context.path.endsWith('embed.html') && /\/opening-charts-zh-[^/]*\.json$/.test(file)))
          .map((file) => ({ tag: 'link', attrs: { rel: 'preload', href: `./${file}`, as: 'fetch', crossorigin: '' }, injectTo: 'head-prepend' as const })),
    },
  };
}

const OPENING_CHARTS = 'virtual:opening-charts';

/**
 * Draw the notebook's first chart when the app is built, in each language at the common widths
 * (`src/charts/prerender-opening.ts`), so a cold load shows it before Plot's code has arrived and run.
 * `virtual:opening-charts` gives each language's file (an asset, hashed); the page shows a drawing
 * only for the input it drew. Under the dev server there are none: charts wait for Plot.
 */
function openingCharts(): Plugin {
  let serving = false;
  return {
    name: 'targetline-opening-charts',
    configResolved: (config) => void (serving = config.command === 'serve'),
    resolveId: (id) => (id === OPENING_CHARTS ? `\0${OPENING_CHARTS}` : null),
    async load(id) {
      if (id !== `\0${OPENING_CHARTS}`) return null;
      if (serving) return 'export default {};';
      // One process per kind of screen (see src/charts/prerender-opening-run.ts), both at once.
      const run = (ratio: number) =>
        new Promise<PrerenderedChart[]>((resolve, reject) => {
          const child = execFile(process.execPath, ['--import', 'tsx', 'src/charts/prerender-opening-run.ts'], { env: { ...process.env, PRERENDER_PIXEL_RATIO: String(ratio) }, maxBuffer: 16 << 20 }, (error, stdout) =>
            error ? reject(error) : resolve(JSON.parse(stdout) as PrerenderedChart[]),
          );
          child.stdin?.end(seedBundleText());
        });
      const charts = (await Promise.all([run(1), run(2)])).flat();
      const urls = (['zh', 'en'] as const).map((locale) => {
        const list = charts.filter((c) => c.locale === locale).map(({ width, ratio, key, svg }) => ({ width, ratio, key, svg }));
        const ref = this.emitFile({ type: 'asset', name: `opening-charts-${locale}.json`, source: JSON.stringify(list) });
        return `${locale}: import.meta.ROLLUP_FILE_URL_${ref}`;
      });
      return `export default { ${urls.join(', ')} };`;
    },
  };
}

const TRACK_RECORD = 'virtual:track-record';

/**
 * Measure the engine's track record on the shipped data when the app is built (under the dev server,
 * when first asked): `virtual:track-record` is the record with the fingerprint of what it measured, so
 * the page, which opens on the same data, need not run the eleven assessments itself (see
 * `preferShipped`). It is measured on the data as the page holds it, unpacked from the seed bundle.
 * The record is written as a JavaScript literal, not JSON: a score with no points is NaN, which JSON has not.
 */
function shippedTrackRecord(): Plugin {
  return {
    name: 'targetline-track-record',
    resolveId: (id) => (id === TRACK_RECORD ? `\0${TRACK_RECORD}` : null),
    load(id) {
      if (id !== `\0${TRACK_RECORD}`) return null;
      for (const name of ['plans', 'indicators', 'targets', 'actuals']) this.addWatchFile(`seeds/${name}.csv`);
      const shipped = measureTrackRecord(unpackSeeds(JSON.parse(seedBundleText())).dataset);
      return `export default ${javascriptLiteral(shipped)};`;
    },
  };
}

/** The notebook's entry module, whose static imports make its one first chunk (see `firstScreenChunk`). */
const NOTEBOOK_ENTRY = resolve('src/main.ts');

/** What Rolldown's chunking context tells of a module: the modules it imports statically. */
interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/**
 * Put every module the notebook's entry imports statically (not the entry) into one chunk, `app`; everything else
 * (Plot, Arquero, the sections under the rows, the embed's own code) is split as Rolldown would.
 * Split by which entries share each module, the first screen came as 22 scripts: over six
 * connections each waited its turn, and a cold load spent longer fetching them than running them
 * (first chart 1.22 → 0.82 s median in interleaved loads). The embed loads the same chunk (111 KB
 * gzipped, within its 160 KB).
 */
function firstScreenChunk(): (id: string, context: ModuleGraph) => string | null {
  let reached: Set<string> | null = null;
  return (id, context) => {
    if (!reached) {
      reached = new Set([NOTEBOOK_ENTRY]);
      const queue = [NOTEBOOK_ENTRY];
      for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
        for (const imported of context.getModuleInfo(next)?.importedIds ?? []) {
          if (reached.has(imported)) continue;
          reached.add(imported);
          queue.push(imported);
        }
      }
    }
    // Not the entry itself: its top level starts the notebook, and the embed loads this chunk too.
    return id !== NOTEBOOK_ENTRY && reached.has(id) ? 'app' : null;
  };
}

export default defineConfig({
  plugins: [svelte(), seedBundle(), preloadSeeds(), openingCharts(), shippedTrackRecord()],
  // Relative asset paths so the built app also works from a sub-folder or file server.
  base: './',
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html' }, output: { codeSplitting: { groups: [{ name: firstScreenChunk() }] } } },
  },
  test: {
    // Unit and ui test files share their worker's module cache (isolate: false): they import the same
    // core, and re-importing it for each of ~80 files cost more than the tests themselves (108 s → 39 s
    // on 2 cores). A test that changes shared state (timers, globals) restores it; snapshots renumber
    // Plot's process-wide clip ids. Browser tests keep one Chromium per file, and run two files at a
    // time: one file alone left a core idle a fifth of the time (waits on pages), and two at once took
    // the browser phase from 255 s to 206 s on 2 cores (the time-limit test has a 2 s limit since, so it
    // no longer fails when a second file shares the machine).
    // Every core runs test files (the default leaves one idle: on 2 cores, unit+ui 39 s → 28 s).
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', isolate: false, testTimeout: SLOW_MACHINE_TIMEOUT, include: ['test/{data,model,seeds,i18n,scenario,user,storage,notes,import,text}/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/runner/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'ui', environment: 'jsdom', isolate: false, testTimeout: SLOW_MACHINE_TIMEOUT, include: ['test/ui/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
