// Generates custom-elements.json from the elements' doc blocks (npm run build).
export default {
  globs: ['src/elements/**/*.component.ts', 'src/internal/article-base.ts'],
  exclude: ['**/*.styles.ts', '**/*.test.ts'],
  litelement: true,
  outdir: '.',
  plugins: [
    {
      // `emit(name, …)` dispatches every documented event; the analyzer reads its
      // parameter as an event called "name".
      name: 'drop-dynamic-event-names',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules)
          for (const d of mod.declarations ?? []) if (d.events) d.events = d.events.filter((e) => e.name !== 'name');
      },
    },
  ],
};
