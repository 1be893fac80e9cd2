/** Public entry `meu-espaco/solutions`: registers `<me-solutions>` (and the `<me-solution-view>` it opens). */
import { define } from '../../core/define.js';
import { MeSolutions } from './me-solutions.js';

define('me-solutions', MeSolutions);

declare global {
  interface HTMLElementTagNameMap {
    'me-solutions': MeSolutions;
  }
  interface GlobalEventHandlersEventMap {
    'me-solution-opened': CustomEvent<{ solutionId?: string }>;
  }
}

export { MeSolutions };
export { MeSolutionView } from './solution-view.js';
