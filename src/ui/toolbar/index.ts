/** The list toolbar: search, selects, date range and the wrapping layout. */
export { MeSearchField } from './search-field.js';
export { MeSelect, type MeSelectChangeEvent, type SelectOption } from './select.js';
export { MeDateRange, type MeDateRangeChangeEvent } from './date-range.js';
export { MeToolbar } from './toolbar.js';
