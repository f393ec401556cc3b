/** The URL of the seed bundle the build makes from seeds/*.csv (see `seedBundle` in vite.config.ts). */
declare module 'virtual:seed-bundle' {
  const url: string;
  export default url;
}
