/**
 * Testing Library settings for the play functions: the widgets load over the (mock) network,
 * so async queries wait up to 5 s; and a failed query scoped to a shadow root reports what the
 * user saw there (Testing Library's own pretty-printer only accepts elements and documents).
 */
import { configure, prettyDOM } from 'storybook/test';
import { visibleText } from './shadow.js';

configure({
  asyncUtilTimeout: 5000,
  getElementError(message, container) {
    const seen = container instanceof ShadowRoot
      ? `<${container.host.localName}> shows: ${visibleText(container.host)}`
      : container ? String(prettyDOM(container as Element, 4000)) : '';
    const error = new Error([message, seen].filter(Boolean).join('\n\n'));
    error.name = 'TestingLibraryElementError';
    return error;
  },
});
