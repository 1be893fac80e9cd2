import { useCallback, useState } from 'react';
import 'meu-espaco/portal';
import 'meu-espaco/company';
import 'meu-espaco/tickets';

export function App() {
  const [organizationId, setOrganizationId] = useState<string>();
  const [ticketId, setTicketId] = useState<string>();
  const [tokenRequests, setTokenRequests] = useState(0);
  // a function: React 19 sets it as the element's property (an attribute could only hold a string)
  const tokenProvider = useCallback(async () => {
    setTokenRequests((n) => n + 1);
    return 'demo-token';
  }, []);

  return (
    <>
      <output data-event="me-organization-change">{organizationId}</output>
      <output data-event="me-ticket-opened">{ticketId}</output>
      <output data-token-requests>{tokenRequests}</output>
      <me-portal api-base="/api" tokenProvider={tokenProvider} onme-organization-change={(e) => setOrganizationId(e.detail.organizationId)}>
        <me-company />
        <me-tickets tab="mine" onme-ticket-opened={(e) => setTicketId(e.detail.ticketId)} />
      </me-portal>
    </>
  );
}
