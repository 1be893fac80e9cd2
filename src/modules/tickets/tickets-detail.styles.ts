import { css } from 'lit';

export const ticketDetailStyles = css`
  :host { display: block; container-type: inline-size; }
  .ticket { display: grid; gap: var(--_space-4); }
  h2, h3 { margin: 0; line-height: 1.3; }
  h2 { font-size: var(--_font-size-lg); }
  h2:focus { outline: none; }
  h3 { font-size: var(--_font-size); }
  .head { display: grid; grid-template-columns: 1fr auto; gap: var(--_space-2) var(--_space-4); align-items: start; }
  .head-text { display: grid; gap: var(--_space-1); min-width: 0; }
  .eyebrow { margin: 0; color: var(--_muted); font-size: var(--_font-size-sm); font-variant-numeric: tabular-nums; }
  .subject { overflow-wrap: anywhere; }
  .badges { display: flex; flex-wrap: wrap; gap: var(--_space-2); margin: 0; padding: 0; list-style: none; }
  .head-actions { display: grid; justify-items: end; gap: var(--_space-2); }
  .meta { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: var(--_space-3) var(--_space-4); margin: 0;
    padding: var(--_space-3) var(--_space-4); background: var(--_surface); border-radius: var(--_radius); }
  dt { font-size: var(--_font-size-sm); color: var(--_muted); }
  dd { margin: 0; overflow-wrap: anywhere; }
  .people { margin: 0; padding: 0; list-style: none; }
  .email { display: block; color: var(--_muted); font-size: var(--_font-size-sm); }
  .muted { margin: 0; color: var(--_muted); }
  section { display: grid; gap: var(--_space-2); }
  .text { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
  .description { padding: var(--_space-3) var(--_space-4); border: 1px solid var(--_border); border-radius: var(--_radius); }
  .comments { display: grid; gap: var(--_space-3); margin: 0; padding: 0; list-style: none; }
  .comment article { display: grid; gap: var(--_space-2); padding: var(--_space-3) var(--_space-4); border: 1px solid var(--_border);
    border-radius: var(--_radius); background: var(--_bg); }
  /* who wrote is said in words (the label) and shown by side, border and background, never colour alone */
  .comment[data-kind='agent'] article { margin-inline-end: var(--_space-6); background: var(--_surface); border-inline-start: 4px solid var(--_primary); }
  .comment[data-kind='customer'] article { margin-inline-start: var(--_space-6); border-inline-end: 4px solid var(--_muted); }
  .comment-header { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: var(--_space-1) var(--_space-3); }
  .author { display: inline-flex; flex-wrap: wrap; align-items: baseline; gap: var(--_space-2); }
  .kind { display: inline-flex; align-items: center; gap: var(--_space-1); padding: 0 var(--_space-2); border-radius: 999px;
    font-size: var(--_font-size-sm); font-weight: 600; border: 1px solid currentColor; }
  .comment[data-kind='agent'] .kind { color: var(--_primary); }
  .comment[data-kind='customer'] .kind { color: var(--_muted); }
  time { color: var(--_muted); font-size: var(--_font-size-sm); white-space: nowrap; }
  .rich { overflow-wrap: anywhere; }
  .rich > :first-child { margin-top: 0; }
  .rich > :last-child { margin-bottom: 0; }
  .rich pre { overflow-x: auto; padding: var(--_space-2); background: var(--_bg); border-radius: var(--_radius-sm); }
  .rich table { border-collapse: collapse; }
  .rich th, .rich td { border: 1px solid var(--_border); padding: var(--_space-1) var(--_space-2); text-align: start; }
  a { color: var(--_primary); }
  .files { display: grid; gap: var(--_space-1); margin: 0; padding: 0; list-style: none; }
  .files li { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-1) var(--_space-2); }
  .files a { display: inline-flex; align-items: center; gap: var(--_space-1); font-weight: 600; }
  .file-meta { color: var(--_muted); font-size: var(--_font-size-sm); }
  .notice { display: flex; align-items: flex-start; gap: var(--_space-2); margin: 0; padding: var(--_space-2) var(--_space-3);
    border-radius: var(--_radius-sm); border: 1px solid var(--_border); background: var(--_info-bg); }
  .notice .icon { flex: none; margin-top: 3px; }
  .notice.warning { background: var(--_warning-bg); border-color: var(--_warning); }
  .notice.success { background: var(--_success-bg); border-color: var(--_success); }
  .notice p { margin: 0; }
  .closed { display: grid; gap: var(--_space-1); }
  .overdue { display: inline-flex; flex-wrap: wrap; align-items: center; gap: var(--_space-1); color: var(--_danger); }
  form { display: grid; gap: var(--_space-3); }
  .actions { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: var(--_space-2); }
  .form-error:empty, [role='alert']:empty { display: none; }
  fieldset { margin: 0; padding: 0; border: 0; display: grid; gap: var(--_space-2); }
  legend { padding: 0; margin-bottom: var(--_space-2); font-weight: 600; }
  .choices { display: flex; flex-wrap: wrap; gap: var(--_space-2); }
  .choice { display: inline-flex; align-items: center; gap: var(--_space-2); min-height: var(--_button-height); padding: 0 var(--_space-3);
    border: 1px solid var(--_muted); border-radius: var(--_radius-sm); cursor: pointer; }
  .choice:has(input:checked) { border-color: var(--_primary); background: var(--_info-bg); font-weight: 600; }
  .choice:has(input:focus-visible) { outline: 2px solid var(--_focus); outline-offset: 2px; }
  .choice[data-rating='good'] .icon, .rating-value[data-rating='good'] .icon { color: var(--_success); }
  .choice[data-rating='bad'] .icon, .rating-value[data-rating='bad'] .icon { color: var(--_danger); }
  .rating-value { display: inline-flex; align-items: center; gap: var(--_space-2); margin: 0; }
  .rating-comment { margin: 0; padding-inline-start: var(--_space-3); border-inline-start: 3px solid var(--_border); white-space: pre-wrap; }
  .reply, .rating { padding-top: var(--_space-3); border-top: 1px solid var(--_border); }
  @container (max-width: 480px) {
    .head { grid-template-columns: 1fr; }
    .head-actions { justify-items: start; }
    .comment[data-kind='agent'] article, .comment[data-kind='customer'] article { margin-inline: 0; }
  }
  @media print {
    .reply, .rating form, .head-actions, .upload-picker { display: none; }
  }
`;
