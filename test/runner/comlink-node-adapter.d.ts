// Comlink ships node-adapter.d.ts beside node-adapter.mjs, but TypeScript looks for a .d.mts next to a
// .mjs import, so node-model.worker.ts needs this pointer to the shipped types.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  export { default } from 'comlink/dist/esm/node-adapter';
}
