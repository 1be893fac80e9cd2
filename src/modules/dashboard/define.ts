/** Public entry `meu-espaco/dashboard`: registers `<me-dashboard>`. */
import { define } from '../../core/define.js';
import type { DashboardPeriod, DashboardRange } from './dashboard-period.js';
import { MeDashboard } from './me-dashboard.js';

define('me-dashboard', MeDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'me-dashboard': MeDashboard;
  }
  interface GlobalEventHandlersEventMap {
    'me-dashboard-period-change': CustomEvent<DashboardRange & { period: DashboardPeriod }>;
  }
}

export { MeDashboard };
export type { DashboardPeriod, DashboardRange };
