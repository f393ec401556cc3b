import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { Worker } from 'node:worker_threads';
import type { WorkerEndpoint } from '../../src/runner/worker-runner.ts';

const MODEL_WORKER = new URL('./node-model.worker.ts', import.meta.url).href;

/**
 * Node 20 cannot load .ts, and `execArgv: ['--import', 'tsx']` does not reach a worker's own entry
 * there (it fails with ERR_UNKNOWN_FILE_EXTENSION), so a one-line bootstrap registers tsx inside the
 * worker and then imports the Node twin of workers/model.worker.ts.
 */
const BOOTSTRAP = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(MODEL_WORKER)}); });`;

/**
 * Adapt a worker_threads Worker to what the runner expects: Comlink messages through the node adapter,
 * and the worker's `'error'` event (a crash) as an `'error'` listener.
 *
 * @param worker - A started Node worker.
 */
export function toWorkerEndpoint(worker: Worker): WorkerEndpoint {
  const messages = nodeEndpoint(worker);
  // The node adapter subscribes every listener to 'message' whatever its type, so 'error' goes direct.
  const crashListeners = new Map<EventListenerOrEventListenerObject, (error: Error) => void>();
  return {
    postMessage: (message, transfer) => messages.postMessage(message, transfer),
    addEventListener(type, listener) {
      if (type !== 'error') return messages.addEventListener(type, listener);
      const onError = (error: Error) => ('handleEvent' in listener ? listener.handleEvent(error as unknown as Event) : listener(error as unknown as Event));
      crashListeners.set(listener, onError);
      worker.on('error', onError);
    },
    removeEventListener(type, listener) {
      if (type !== 'error') return messages.removeEventListener(type, listener);
      const onError = crashListeners.get(listener);
      if (onError) worker.off('error', onError);
      crashListeners.delete(listener);
    },
    terminate: () => void worker.terminate(),
  };
}

/** Start the model worker (`node-model.worker.ts`, the same API as `workers/model.worker.ts`) in a Node worker thread, as the browser would start it in a Web Worker. */
export function spawnNodeWorker(): WorkerEndpoint {
  return toWorkerEndpoint(new Worker(BOOTSTRAP, { eval: true }));
}
