/** The URL of the seed bundle the build makes from seeds/*.csv (see `seedBundle` in vite.config.ts). */
declare module 'virtual:seed-bundle' {
  const url: string;
  export default url;
}

/** The URLs of the notebook's first chart drawn ahead, one file per language (see `openingCharts` in vite.config.ts); empty under the dev server. */
declare module 'virtual:opening-charts' {
  const urls: Partial<Record<'zh' | 'en', string>>;
  export default urls;
}

/** The engine's track record on the shipped data, measured when the app was built (see `shippedTrackRecord` in vite.config.ts). */
declare module 'virtual:track-record' {
  const shipped: import('./runner/shipped-track-record.ts').ShippedTrackRecord;
  export default shipped;
}
