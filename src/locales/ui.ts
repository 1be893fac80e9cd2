import { defineMessages } from '../core/i18n.js';
import source from './pt-BR/ui.js';

export const uiMessages = defineMessages('ui', source, {
  en: () => import('./en/ui.js'),
  es: () => import('./es/ui.js'),
});
export type UiKey = keyof typeof source;
