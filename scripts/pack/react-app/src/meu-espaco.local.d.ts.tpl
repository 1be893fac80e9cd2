// Written by scripts/pack/frameworks.ts when the package has no `meu-espaco/jsx` typings: the
// JSX types a host would declare itself, from the package's own element and event types.
import type { HTMLAttributes } from 'react';

type Events = GlobalEventHandlersEventMap;
type Props<E extends HTMLElement> = HTMLAttributes<E> & { key?: string | number };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'me-portal': Props<HTMLElementTagNameMap['me-portal']> & {
        'api-base'?: string;
        token?: string;
        'organization-id'?: string;
        locale?: string;
        tokenProvider?: HTMLElementTagNameMap['me-portal']['tokenProvider'];
        'onme-organization-change'?: (event: Events['me-organization-change']) => void;
      };
      'me-company': Props<HTMLElementTagNameMap['me-company']>;
      'me-tickets': Props<HTMLElementTagNameMap['me-tickets']> & {
        tab?: 'mine' | 'cc' | 'organization';
        'ticket-id'?: string;
        'onme-ticket-opened'?: (event: Events['me-ticket-opened']) => void;
      };
    }
  }
}
