// The Custom Elements Manifest is generated from JSDoc (`npm run manifest`); `npm test` fails when
// the committed custom-elements.json is stale.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/mocks/**', 'src/**/*.test.ts', 'src/locales/**', 'src/core/schemas/**'],
  outdir: '.',
  litelement: true,
  packagejson: false, // package.json names the manifest itself; the freshness check must not rewrite it
};
