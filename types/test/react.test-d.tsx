/**
 * A React 19 host, type-checked by `npm run typings:check` (never run): the package's JSX typings
 * through its own `meu-espaco/jsx` export, as a host imports them.
 */
import type {} from 'meu-espaco/jsx';
import type { MeEventName } from 'meu-espaco/jsx';
import { useRef } from 'react';

export function SupportPage({ token, onOpened }: { token: string; onOpened: (id: string | undefined) => void }) {
  const tickets = useRef<HTMLElementTagNameMap['me-tickets']>(null);
  return (
    <me-portal api-base="/api" token={token} theme="auto" tokenProvider={async () => token}
      onme-organization-change={(e) => console.log(e.detail.organizationId, e.detail.previousOrganizationId)}
      onme-session-expired={(e) => console.log(e.detail.error.message)}>
      <me-tickets ticket-id="x" onme-ticket-opened={(e) => e.detail.ticketId} />
      <me-tickets ref={tickets} tab="organization" className="wide" style={{ height: 600 }}
        onme-ticket-opened={(e) => onOpened(e.detail.ticketId)}
        onme-ticket-created={(e) => console.log(e.detail.ticket.number)} />
      <me-ticket-detail ticket-id="tkt-1" onme-ticket-updated={(e) => console.log(e.detail.action)} />
      <me-company id="company" />
      {/* @ts-expect-error not one of the tabs */}
      <me-tickets tab="closed" />
      {/* @ts-expect-error the detail has no such field */}
      <me-tickets onme-ticket-opened={(e) => e.detail.nope} />
      {/* @ts-expect-error `theme` is light, dark or auto */}
      <me-portal theme="blue" />
      {/* @ts-expect-error no such element */}
      <me-nope />
    </me-portal>
  );
}

/** Every event the public elements fire is typed by the package (none falls back to `CustomEvent<unknown>`). */
type Untyped = Exclude<MeEventName, keyof GlobalEventHandlersEventMap>;
export const everyEventTyped: [Untyped] extends [never] ? true : Untyped = true;
