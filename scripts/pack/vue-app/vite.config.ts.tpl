import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  // every me-* tag is a custom element, not a Vue component to resolve
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('me-') } } })],
  logLevel: 'warn',
});
