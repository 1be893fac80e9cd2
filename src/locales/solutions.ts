import { defineMessages } from '../core/i18n.js';
import source from './pt-BR/solutions.js';

export const solutionsMessages = defineMessages('solutions', source, {
  en: () => import('./en/solutions.js'),
  es: () => import('./es/solutions.js'),
});
export type SolutionsKey = keyof typeof source;
