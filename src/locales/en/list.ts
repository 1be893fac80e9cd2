import type source from '../pt-BR/list.js';

export default {
  'list.label': 'List',
  'list.empty': 'No results',
  'list.results.none': 'No results',
  'list.results.one': '{n} result',
  'list.results.other': '{n} results',
  'list.loading': 'Loading…',
  'list.loadingRow': 'Loading row',
  'list.selectAll': 'Select all rows',
  'list.selectRow': 'Select {row}',
  'list.pageError': 'Rows {from} to {to} could not be loaded.',
} satisfies Record<keyof typeof source, string>;
