import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort } from 'node:worker_threads';
import { api } from '../../src/runner/worker-api.ts';

// workers/model.worker.ts for worker_threads: Comlink talks through parentPort via its node adapter.
if (!parentPort) throw new Error('node-model.worker.ts must run as a worker thread');
Comlink.expose(api, nodeEndpoint(parentPort));
