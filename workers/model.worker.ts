import * as Comlink from 'comlink';
import { api } from '../src/runner/worker-api.ts';

// The engine's only door to the page. Node tests expose the same `api` through
// test/runner/node-model.worker.ts, so nothing Node-specific is bundled for the browser.
Comlink.expose(api);
