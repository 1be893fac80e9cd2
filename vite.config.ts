import { defineConfig, type UserConfig } from 'vite';
import { entries } from './src/entries.js';

/**
 * zod/mini's schema builders are side-effect free but not annotated as pure: without this, a
 * module importing one schema keeps every schema of the file it comes from.
 */
export const treeshake = { manualPureFunctions: ['z', 'listEnvelope'] };

/** Runtime dependencies stay external in the npm build so hosts dedupe them. */
export const external = [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^@tanstack\//, /^dompurify$/, /^msw($|\/)/];

/**
 * `vite` (npm start): the demo pages on the bundled mock API.
 * `vite build`: the npm package (one ES module per entry, deps external) into dist/.
 * `vite build --mode cdn`: dist/cdn/meu-espaco.js with every dependency bundled (lazy chunks beside it).
 */
export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve') {
    return {
      root: 'demo',
      publicDir: '../public',
      server: { port: 5173, strictPort: true, host: true, fs: { allow: ['..'] } },
      preview: { port: 5173 },
    };
  }
  if (mode === 'cdn') {
    return {
      publicDir: false,
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        sourcemap: true,
        minify: true,
        target: 'es2022',
        lib: { entry: { 'meu-espaco': 'src/index.ts' }, formats: ['es'] },
        rolldownOptions: { treeshake, output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
      },
    };
  }
  return {
    publicDir: false,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      sourcemap: true,
      minify: true,
      target: 'es2022',
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: { external, treeshake, output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  };
});
