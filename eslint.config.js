import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'public/mockServiceWorker.js', 'custom-elements.json', '.tmp/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/mocks/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['msw', 'msw/*'], message: 'msw only in src/mocks: it must never reach a production entry.' }] }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/core/browser.ts', 'src/mocks/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'location', message: 'Use the browser services in src/core/browser.ts.' }, { name: 'history', message: 'Use the browser services in src/core/browser.ts.' }],
    },
  },
  {
    // chai's property assertions (`expect(x).to.exist`) are expressions by design
    files: ['test/**', 'stories/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['scripts/**', '*.config.*', 'web-test-runner.config.mjs', 'bench/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
