/**
 * The sentences that name each chart (its canvas's accessible name and the line under its title),
 * computed from the data, so a screen-reader user hears what a sighted user reads off the chart.
 */
import type { Formatters } from '../../core/format.js';
import type { MaturityIndex } from '../../core/schemas/maturity.js';
import type { ImgIndexKey } from '../../locales/img-index.js';

export interface SummaryText {
  t: (key: ImgIndexKey, params?: Record<string, string | number>) => string;
  points: (value: number) => string;
  format: Formatters;
}

/** Score and point amounts as the page shows them (at most one decimal). */
export const scoreText = (format: Formatters, value: number) => format.number(value, { maximumFractionDigits: 1 });

/** The history oldest first, whatever order the server sent. */
export const chronological = (data: MaturityIndex) => [...data.history].sort((a, b) => a.period.localeCompare(b.period));

/** Opportunities by potential gain, highest first (ties keep the server's order). */
export const byGain = (data: MaturityIndex) => [...data.opportunities].sort((a, b) => b.potentialGain - a.potentialGain);

/** "Acima da média em 4 de 6 dimensões. Maior diferença para a média: Processos, 24 pontos abaixo." */
export function dimensionsSummary(data: MaturityIndex, { t, points }: SummaryText): string {
  const { dimensions } = data;
  if (!dimensions.length) return t('img.dimensions.empty');
  let widest = dimensions[0]!;
  for (const d of dimensions) if (Math.abs(d.score - d.peerAverage) > Math.abs(widest.score - widest.peerAverage)) widest = d;
  const gap = widest.score - widest.peerAverage;
  if (gap === 0) return t('img.dimensions.summaryEqual', { total: dimensions.length });
  return t('img.dimensions.summary', {
    above: dimensions.filter((d) => d.score > d.peerAverage).length,
    total: dimensions.length,
    name: widest.name,
    points: points(Math.abs(gap)),
    direction: t(gap < 0 ? 'img.dimensions.below' : 'img.dimensions.above'),
  });
}

/** "De 58 em 01/12/2025 para 67 em 01/11/2026: alta de 9 pontos. Maior pontuação: 67." */
export function historySummary(data: MaturityIndex, { t, points, format }: SummaryText): string {
  const history = chronological(data);
  const first = history[0];
  const last = history[history.length - 1];
  if (!first || !last) return t('img.history.empty');
  const params = {
    from: scoreText(format, first.score),
    to: scoreText(format, last.score),
    start: format.date(first.period),
    end: format.date(last.period),
    max: scoreText(format, Math.max(...history.map((h) => h.score))),
  };
  if (history.length === 1) return t('img.history.summaryOne', params);
  const delta = last.score - first.score;
  if (delta === 0) return t('img.history.summaryFlat', params);
  return t(delta > 0 ? 'img.history.summaryUp' : 'img.history.summaryDown', { ...params, points: points(Math.abs(delta)) });
}
