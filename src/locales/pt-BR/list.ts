/** Strings of <me-data-list> (the UI kit's list). */
export default {
  'list.label': 'Lista',
  'list.empty': 'Nenhum resultado',
  'list.results.none': 'Nenhum resultado',
  'list.results.one': '{n} resultado',
  'list.results.other': '{n} resultados',
  'list.loading': 'Carregando…',
  'list.loadingRow': 'Carregando linha',
  'list.selectAll': 'Selecionar todas as linhas',
  'list.selectRow': 'Selecionar {row}',
  'list.pageError': 'Não foi possível carregar as linhas {from} a {to}.',
} as const;
