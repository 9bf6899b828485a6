declare module 'virtual:practice-articles/collection' {
  /** The collection, filled in by the build (src/node/vite/plugin.ts, src/node/emit/bundle.ts). */
  const data: import('../shared/data.js').CollectionData;
  export default data;
}
