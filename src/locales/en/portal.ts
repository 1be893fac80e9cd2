import type source from '../pt-BR/portal.js';

export default {
  'portal.title': 'My Space',
  'portal.menu': 'My Space menu',
  'portal.organization': 'Organization',
  'portal.adminOnly': 'Administrators only',
  'portal.adminOnly.short': 'Admin',
  'portal.signedInAs': 'Signed in as {name}',
  'portal.loadingModule': 'Loading module…',
  'portal.moduleFailed': 'This module could not be loaded.',
  'portal.noModules': 'No modules available.',
  'admins.title': "This area is for the organization's administrators",
  'admins.detail': 'Ask one of the administrators of {organization} to do it for you or to change your profile:',
  'admins.none': 'No active administrator was found.',
  'admins.email': 'Send an e-mail to {name}',
} satisfies Record<keyof typeof source, string>;
