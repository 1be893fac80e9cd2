import { defineMessages } from '../core/i18n.js';
import source from './pt-BR/contacts.js';

export const contactsMessages = defineMessages('contacts', source, {
  en: () => import('./en/contacts.js'),
  es: () => import('./es/contacts.js'),
});
export type ContactsKey = keyof typeof source;
