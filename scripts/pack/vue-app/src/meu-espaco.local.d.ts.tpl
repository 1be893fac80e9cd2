// Written by scripts/pack/frameworks.ts when the package has no `meu-espaco/vue` typings: the
// global component types a host would declare itself, from the package's element and event types.
import type { DefineComponent } from 'vue';

type Events = GlobalEventHandlersEventMap;

declare module 'vue' {
  interface GlobalComponents {
    'me-portal': DefineComponent<{
      apiBase?: string;
      token?: string;
      organizationId?: string;
      locale?: string;
      tokenProvider?: HTMLElementTagNameMap['me-portal']['tokenProvider'];
      onMeOrganizationChange?: (event: Events['me-organization-change']) => void;
    }>;
    'me-company': DefineComponent<{}>;
    'me-tickets': DefineComponent<{
      tab?: 'mine' | 'cc' | 'organization';
      ticketId?: string;
      onMeTicketOpened?: (event: Events['me-ticket-opened']) => void;
    }>;
  }
}
