// Run by the build (`openingCharts` in vite.config.ts), once per kind of screen: reads the seed bundle
// on stdin and prints the notebook's first chart drawn ahead (`prerenderOpeningCharts`) as JSON.
//
// Plot draws its grid and rules half a pixel off on a screen of pixel ratio 1, to keep them crisp, and
// decides which once, when its module loads, from `window.devicePixelRatio`: a process of its own
// for each ratio, with that window in place while Plot loads, gives both drawings.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { unpackSeeds } from '../data/seed-bundle.ts';

const ratio = Number(process.env.PRERENDER_PIXEL_RATIO ?? 2);
const global = globalThis as { window?: unknown };
global.window = { devicePixelRatio: ratio };
const { prerenderOpeningCharts } = await import('./prerender-opening.ts');
delete global.window;

const { dataset } = unpackSeeds(JSON.parse(readFileSync(0, 'utf8')));
const charts = prerenderOpeningCharts(dataset, new JSDOM('<!doctype html><html><body></body></html>').window.document);
process.stdout.write(JSON.stringify(charts.map((c) => ({ ...c, ratio: ratio > 1 ? 2 : 1 }))));
