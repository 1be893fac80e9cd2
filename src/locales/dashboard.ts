import { defineMessages } from '../core/i18n.js';
import source from './pt-BR/dashboard.js';

export const dashboardMessages = defineMessages('dashboard', source, {
  en: () => import('./en/dashboard.js'),
  es: () => import('./es/dashboard.js'),
});
export type DashboardKey = keyof typeof source;
