/**
 * A Vue 3 host's view of the props, type-checked by `npm run typings:check` when `vue` resolves
 * from the repository root (it is no dependency here: otherwise types/vue.d.ts is only parsed).
 */
import type {} from 'meu-espaco/vue';
import type { GlobalComponents } from 'vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const tickets: Props<'me-tickets'> = {
  ticketId: 'x',
  tab: 'mine',
  onMeTicketOpened: (e) => e.detail.ticketId,
};
export const portal: Props<'me-portal'> = { apiBase: '/api', theme: 'auto', onMeOrganizationChange: (e) => e.detail.organizationId };
// @ts-expect-error not one of the tabs
export const badTab: Props<'me-tickets'> = { tab: 'closed' };
// @ts-expect-error the detail has no such field
export const badDetail: Props<'me-tickets'> = { onMeTicketOpened: (e) => e.detail.nope };
