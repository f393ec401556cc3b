import { mount } from 'svelte';
import { loadDataset } from './data/load-dataset.ts';
import { SEED_TEXTS } from './data/seed-texts.ts';
import { dataVersion } from './data/data-version.ts';
import { createEngine, initialLocale, rememberLocale } from './boot.ts';
import { scenariosFromFragment } from './scenario/address.ts';
import App from './ui/App.svelte';
import './ui/global.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
const link = await scenariosFromFragment(location.hash);
const version = dataVersion(SEED_TEXTS);
mount(App, {
  target,
  props: {
    dataset: loadDataset(SEED_TEXTS),
    dataVersion: version,
    initialLocale: initialLocale(),
    onlocale: rememberLocale,
    engine: createEngine(),
    createEngine,
    initialScenario: link.scenario,
    initialComparison: link.comparison,
    linkProblem: link.problem,
    linkDataChanged: link.madeWith !== null && link.madeWith !== version,
    recordedResults: link.recorded,
  },
});
