import { html, type TemplateResult } from 'lit';
import type { Formatters } from '../../core/format.js';
import type { Contact, ContactStatus } from '../../core/schemas/contacts.js';
import type { ContactsKey } from '../../locales/contacts.js';
import { badge, type BadgeTone } from '../../ui/badge-templates.js';
import type { Column } from '../../ui/data-list/types.js';
import type { IconName } from '../../ui/icons.js';

export type T = (key: ContactsKey, params?: Record<string, string | number>) => string;

/** Column id → the API's `sort` field. */
export const CONTACT_SORT_FIELDS: Record<string, string> = {
  name: 'name', email: 'email', role: 'role', status: 'status', lastAccess: 'lastAccessAt',
};

export const AREAS = ['support', 'finance', 'ombudsman'] as const;

const STATUS_LOOK: Record<ContactStatus, { tone: BadgeTone; icon: IconName }> = {
  active: { tone: 'success', icon: 'checkCircle' },
  inactive: { tone: 'neutral', icon: 'pause' },
  invited: { tone: 'info', icon: 'message' },
};

/** A contact's status: a tone, a shape and the word (never colour alone); an unknown one shows as sent. */
export function statusBadge(status: ContactStatus, t: T): TemplateResult {
  const look = STATUS_LOOK[status];
  return look ? badge(look.tone, look.icon, t(`contacts.status.${status}`)) : badge('neutral', 'dot', status);
}

export function areasText(contact: Contact, t: T): string {
  return contact.areas?.length ? contact.areas.map((a) => t(`contacts.area.${a}`)).join(', ') : t('contacts.none');
}

export function contactColumns(t: T, format: Formatters): Column<Contact>[] {
  return [
    { id: 'name', header: t('contacts.col.name'), sortable: true, width: 'minmax(10rem, 1.4fr)', cell: (c) => html`<strong>${c.name}</strong>` },
    { id: 'email', header: t('contacts.col.email'), sortable: true, width: 'minmax(12rem, 1.6fr)', cell: (c) => c.email },
    { id: 'role', header: t('contacts.col.role'), sortable: true, width: 'minmax(7rem, 0.7fr)', cell: (c) => t(`contacts.role.${c.role}`) },
    { id: 'areas', header: t('contacts.col.areas'), width: 'minmax(10rem, 1.4fr)', hideBelow: 1000, cell: (c) => areasText(c, t) },
    { id: 'status', header: t('contacts.col.status'), sortable: true, width: 'minmax(7rem, 0.7fr)', cell: (c) => statusBadge(c.status, t) },
    { id: 'lastAccess', header: t('contacts.col.lastAccess'), sortable: true, width: 'minmax(8rem, 0.9fr)', hideBelow: 800,
      cell: (c) => (c.lastAccessAt ? format.dateTime(c.lastAccessAt) : t('contacts.never')) },
  ];
}
