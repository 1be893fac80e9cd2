import { defineConfig } from 'vite';

// Storybook's own Vite config. The root vite.config.ts serves the demo (root: demo) and builds
// the npm/CDN bundles (lib mode, externals); none of that applies to the Storybook preview, so
// the builder is pointed here instead (main.ts → framework.options.builder.viteConfigPath).
// Storybook-specific settings live in main.ts `viteFinal`.
export default defineConfig({});
