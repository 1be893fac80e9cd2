import { defineMessages } from '../core/i18n.js';
import source from './pt-BR/profile.js';

export const profileMessages = defineMessages('profile', source, {
  en: () => import('./en/profile.js'),
  es: () => import('./es/profile.js'),
});
export type ProfileKey = keyof typeof source;
