import { mount } from 'svelte';
import { createEngine, initialLocale, seedsOrSay } from './boot.ts';
import { scenariosFromFragment } from './scenario/address.ts';
import Embed from './ui/Embed.svelte';
import { dataWithLayers } from './user/apply-layers.ts';
import { mentionsFormula, readWorkspace } from './user/workspace.ts';
import { loadFormulaParser } from './model/index.ts';
import { chartCode } from './charts/load-chart.ts';
import './ui/global.css';

// The embed page: one chart of a scenario, for an iframe in a briefing (`embed.html#s=…&chart=…`).
const target = document.getElementById('embed');
if (!target) throw new Error('embed.html has no #embed element');
// The embed is one chart: Plot (a chunk of its own) is fetched at once, beside the data.
void chartCode.load().catch(() => undefined);
const locale = initialLocale();
// The data is fetched while the link is read; without it there is nothing to show (the page says so).
const seeds = seedsOrSay(target, locale);
const link = await scenariosFromFragment(location.hash);
const shipped = await seeds;
if (!shipped) throw new Error('the seed data could not be fetched');
// The link back carries the scenario and its language, but not the embed's own `chart=`.
const params = new URLSearchParams(location.hash.slice(1));
params.delete('chart');
// The user's layers travel in the link too: an embedded chart of their own data shows it.
const published = shipped.dataset;
// Formula indicators in the link need mathjs's parser (a chunk of its own) before they are read.
if (mentionsFormula(link.layers)) await loadFormulaParser();
const layers = link.scenario ? readWorkspace({ layers: link.layers ?? [] }, published.indicators).workspace.layers : [];
mount(Embed, {
  target,
  props: {
    dataset: dataWithLayers(published, layers),
    layers,
    locale,
    scenario: link.scenario,
    chart: link.chart,
    problem: link.problem,
    problemDetails: link.problemDetails,
    fragment: params.toString(),
    engine: createEngine(),
  },
});
