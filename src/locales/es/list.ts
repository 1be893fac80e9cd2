import type source from '../pt-BR/list.js';

export default {
  'list.label': 'Lista',
  'list.empty': 'Ningún resultado',
  'list.results.none': 'Ningún resultado',
  'list.results.one': '{n} resultado',
  'list.results.other': '{n} resultados',
  'list.loading': 'Cargando…',
  'list.loadingRow': 'Cargando fila',
  'list.selectAll': 'Seleccionar todas las filas',
  'list.selectRow': 'Seleccionar {row}',
  'list.pageError': 'No se pudieron cargar las filas {from} a {to}.',
} satisfies Record<keyof typeof source, string>;
