/** `<me-data-list>` (registered on import) and its types. */
export { MeDataList } from './me-data-list.js';
export { ListFilters } from './list-filters.js';
export type { Column, PageResult, PageSource, RowActivateDetail, RowKey, SelectionChangeDetail, SortChangeDetail, SortDirection, SortState } from './types.js';
