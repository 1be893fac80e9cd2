import type { StorybookConfig } from '@storybook/web-components-vite';
import { fileURLToPath } from 'node:url';
import { mergeConfig, type Plugin } from 'vite';

/**
 * One copy of Lit (and of the libraries that hold module state: context keys, the query cache)
 * for the whole preview: pre-bundling them up front avoids Vite discovering them story by story
 * and loading a second copy ("Multiple versions of Lit loaded").
 */
export const optimizeDeps = [
  'lit',
  'lit/decorators.js',
  'lit/directive-helpers.js',
  'lit/static-html.js',
  'lit/directives/if-defined.js',
  '@lit/context',
  '@tanstack/query-core',
  'zod/mini',
  'msw',
  'msw/browser',
  // imported by the form kit (drafts) and the live updates: pre-bundled up front, not discovered mid-run
  // (a dependency found while the stories run makes Vite reload the page under them)
  'idb-keyval',
  'eventsource-parser',
];

const sourceDir = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * package.json `sideEffects` describes the published dist/ only, so to the bundler every
 * src/ module looks side-effect free and `import '../src/…/define.js'` (registering a tag) is
 * dropped from the static build: the elements would never be defined. The stories bundle src/
 * directly, so its modules keep their side effects here.
 */
function keepSourceSideEffects(): Plugin {
  return {
    name: 'meu-espaco:keep-source-side-effects',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || source.startsWith('\0')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !resolved.id.startsWith(sourceDir)) return null;
      return { ...resolved, moduleSideEffects: true };
    },
  };
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs', '@storybook/addon-vitest'],
  framework: {
    name: '@storybook/web-components-vite',
    // not the root vite.config.ts (demo server + library build): see .storybook/vite.config.ts
    options: { builder: { viteConfigPath: fileURLToPath(new URL('./vite.config.ts', import.meta.url)) } },
  },
  // the MSW service worker (public/mockServiceWorker.js) is served from the root
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      plugins: [keepSourceSideEffects()],
      optimizeDeps: { include: optimizeDeps },
    });
  },
};

export default config;
