/// <reference types="vite/client" />
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { sharedDraftStore } from '../src/core/drafts.js';
import '../src/portal/define.js';
import { resetMockApi, startStoryWorker } from '../stories/support/mock-api.js';
import { renderInPortal, type PortalParameter } from '../stories/support/portal.js';
import '../stories/support/testing.js';

// Docs tables come from the manifest the owner generates with the analyzer; the glob is empty
// (and this a no-op) until custom-elements.json exists at the repo root.
const manifests = import.meta.glob<{ default: unknown }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest.default);

declare module 'storybook/internal/csf' {
  interface Parameters {
    /** `false`: render the story outside any `<me-portal>`; an object: how the portal is set up. */
    portal?: PortalParameter | false;
    /** seed of the story's fresh mock database (default 1) */
    mockSeed?: number;
  }
}

/** Every story sits in a `<me-portal>` on the mocks, in the toolbar's locale and theme, unless it opts out. */
const withPortal: Decorator = (story, { parameters, globals }) => {
  if (parameters.portal === false) return story();
  return renderInPortal(story(), parameters.portal || {}, { locale: globals.locale, theme: globals.theme });
};

const preview: Preview = {
  loaders: [mswLoader(startStoryWorker)],
  // a fresh database per story: no mutation of one story leaks into the next
  async beforeEach({ parameters }) {
    resetMockApi(parameters.mockSeed ?? 1);
    // no story restores what another one typed
    await sharedDraftStore().clearAll();
  },
  decorators: [withPortal],
  globalTypes: {
    locale: {
      description: 'Portal language',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'pt-BR', title: 'Português (Brasil)' },
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Portal colour scheme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'pt-BR', theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // accessibility violations fail the story's test (vitest addon) instead of only warning
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
