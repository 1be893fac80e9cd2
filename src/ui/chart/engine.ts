/**
 * Chart.js with only what the widgets draw (bar, line, radar, doughnut; their scales, tooltip and
 * legend): tree-shaken, and loaded only by `<me-chart>` the first time a chart is drawn, so only
 * the entries that show charts (dashboard, maturity index) pay for it.
 */
import {
  ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Filler, Legend, LinearScale, LineController,
  LineElement, PointElement, RadarController, RadialLinearScale, Tooltip,
} from 'chart.js';

Chart.register(
  ArcElement, BarController, BarElement, CategoryScale, DoughnutController, Filler, Legend, LinearScale, LineController, LineElement,
  PointElement, RadarController, RadialLinearScale, Tooltip,
);

export { Chart };
