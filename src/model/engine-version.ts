/**
 * The engine's version: raised whenever the same scenario on the same data gives other digits, so a
 * link made before says so and sets the probabilities it recorded beside today's. 2: thin-data fit,
 * drift uncertainty and year-by-year paths (rolling-origin evaluation, `npm run cli -- evaluate`).
 */
export const ENGINE_VERSION = 2;
