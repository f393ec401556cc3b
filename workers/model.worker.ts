import * as Comlink from 'comlink';
import { api } from '../src/runner/worker-api.ts';

// The engine's only door to the page. Node tests expose the same `api` through
// test/runner/node-model.worker.ts, so nothing Node-specific is bundled for the browser.
// Exposed at once (a message that came before the listener would be lost); `assess` itself waits
// for the formula parser.
Comlink.expose(api);
