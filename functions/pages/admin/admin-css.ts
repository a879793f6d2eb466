/** The moderator page's stylesheet, served from /admin/admin.css so the CSP can forbid inline styles. */
export const ADMIN_CSS = `
:root { --ink: #1d2433; --muted: #5b6475; --line: #d8dce3; --bg: #f5f6f8; --panel: #fff; --accent: #3b5bdb; --error: #b42318;
  --answer: #3b82f6; --redirect: #d97706; --crisis: #dc2626; --out-of-scope: #9ca3af; color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
main, header.top, nav.sections { max-width: 1040px; margin: 0 auto; padding: 0 16px; }
main.narrow { max-width: 480px; padding-top: 32px; }
h1 { font-size: 1.5rem; margin: 0 0 4px; }
h2 { font-size: 1.2rem; margin: 0 0 12px; }
h3 { font-size: 1rem; margin: 16px 0 8px; }
a { color: var(--accent); }
code { font-size: .9em; background: #eef0f4; padding: 0 4px; border-radius: 4px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 8px; top: 8px; background: #fff; padding: 8px; z-index: 1; }
header.top { display: flex; justify-content: space-between; align-items: center; gap: 12px; padding-top: 20px; padding-bottom: 8px; flex-wrap: wrap; }
header.top p { margin: 0; }
nav.sections { display: flex; gap: 16px; padding-bottom: 12px; flex-wrap: wrap; }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 16px; margin: 0 0 20px; }
.hint { color: var(--muted); font-size: .875rem; margin: 4px 0 0; }
.notice { background: #e7f6ec; border: 1px solid #9ad3ae; border-radius: 8px; padding: 8px 12px; }
.error-summary { background: #fdecea; border: 2px solid var(--error); border-radius: 8px; padding: 8px 12px; margin: 0 0 16px; }
.error-summary h3 { margin: 0 0 4px; color: var(--error); }
.error-summary ul { margin: 0; padding-left: 20px; }
.error-summary a { color: var(--error); }
.field { margin: 0 0 12px; }
.field label, .radios legend { display: block; font-weight: 600; margin-bottom: 4px; }
.field input[type=text], .field input[type=tel], .field input[type=url], .field input[type=number], .field input[type=password],
.field input:not([type]), .field select, .field textarea {
  width: 100%; max-width: 100%; font: inherit; padding: 8px 10px; border: 1px solid #b7bdc8; border-radius: 6px; background: #fff; color: inherit; }
.field input[size="3"] { width: 5em; }
.field input[size="6"] { width: 8em; }
.field textarea { resize: vertical; }
.field.invalid input, .field.invalid textarea, .field.invalid select { border: 2px solid var(--error); }
.field-error { color: var(--error); font-weight: 600; font-size: .875rem; margin: 4px 0 0; }
.field-error::before { content: "⚠ "; }
.checkbox { display: flex; gap: 8px; align-items: flex-start; flex-wrap: wrap; }
.checkbox label { font-weight: 400; flex: 1; }
.checkbox .hint, .checkbox .field-error { flex-basis: 100%; }
.radios, .checkboxes { border: 0; padding: 0; }
.checkboxes legend { display: block; font-weight: 600; margin-bottom: 4px; }
.checkbox-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 0 12px; margin-top: 6px; }
.radio { display: flex; gap: 8px; align-items: center; margin: 4px 0; }
.radio label { font-weight: 400; margin: 0; }
input:focus-visible, select:focus-visible, textarea:focus-visible, button:focus-visible, a:focus-visible { outline: 3px solid #ffbf47; outline-offset: 1px; }
fieldset.group { border: 0; border-top: 1px solid var(--line); padding: 12px 0 0; margin: 0 0 16px; }
fieldset.group > legend { font-size: 1.05rem; font-weight: 700; padding: 0 8px 0 0; }
fieldset.row { border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px 0; margin: 0 0 12px;
  display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); column-gap: 12px; }
fieldset.row > legend { font-weight: 600; padding: 0 4px; }
fieldset.row .field:has(textarea) { grid-column: 1 / -1; }
button { font: inherit; padding: 8px 14px; border-radius: 6px; border: 1px solid #9aa3b2; background: #fff; color: var(--ink); cursor: pointer; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 600; }
.actions { position: sticky; bottom: 0; background: var(--panel); padding: 8px 0; border-top: 1px solid var(--line); }
.preview-form { display: grid; gap: 8px; }
.preview-form button { justify-self: start; }
.preview-kind { font-weight: 600; }
.previews { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 16px; }
figure { margin: 0; border-radius: 8px; overflow: hidden; }
figcaption { font-size: .75rem; font-weight: 700; letter-spacing: .05em; text-transform: uppercase; padding: 6px 12px; }
.avatar { flex: none; width: 40px; height: 40px; border-radius: 50%; display: grid; place-items: center; font-weight: 700; color: #fff; background: #5865f2; }
.discord { background: #313338; color: #dbdee1; font-family: "gg sans", "Noto Sans", "Helvetica Neue", Helvetica, Arial, sans-serif; font-size: .95rem; }
.discord figcaption { background: #2b2d31; color: #b5bac1; }
.dc-message { display: flex; gap: 14px; padding: 12px 14px 14px; }
.dc-body { min-width: 0; flex: 1; }
.dc-name { color: #f2f3f5; font-weight: 600; }
.dc-app { background: #5865f2; color: #fff; font-size: .65rem; font-weight: 600; padding: 1px 4px; border-radius: 3px; vertical-align: 2px; }
.dc-content p { margin: 2px 0 8px; }
.dc-content a, .dc-field-value a { color: #00a8fc; }
.dc-embed { background: #2b2d31; border-left: 4px solid #5865f2; border-radius: 4px; padding: 8px 12px 4px; margin: 6px 0; max-width: 520px; }
.dc-embed-title { color: #f2f3f5; font-weight: 600; margin-bottom: 4px; }
.dc-field { margin-bottom: 8px; }
.dc-field-name { color: #f2f3f5; font-weight: 600; font-size: .875rem; }
.dc-field-value p { margin: 0; font-size: .875rem; }
.dc-buttons { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
.dc-button { background: #4e5058; border: 0; color: #fff; font-size: .875rem; padding: 4px 14px; border-radius: 3px; min-height: 32px; }
.dc-ephemeral { color: #949ba4; font-size: .75rem; margin-top: 6px; }
.slack { background: #fff; color: #1d1c1d; border: 1px solid var(--line); font-family: Lato, "Slack-Lato", "Helvetica Neue", Helvetica, Arial, sans-serif; font-size: .95rem; }
.slack figcaption { background: #4a154b; color: #fff; }
.slack .avatar { border-radius: 8px; background: #4a154b; width: 36px; height: 36px; }
.sl-message { display: flex; gap: 10px; padding: 10px 14px 14px; }
.sl-body { min-width: 0; flex: 1; }
.sl-name { font-weight: 900; }
.sl-app { background: #e8e8e8; color: #616061; font-size: .65rem; font-weight: 700; padding: 1px 3px; border-radius: 2px; vertical-align: 2px; }
.sl-section p { margin: 2px 0 8px; }
.sl-section a, .sl-context a { color: #1264a3; }
.sl-context { color: #616061; font-size: .8rem; display: grid; gap: 2px; margin: 4px 0 8px; }
.sl-actions { display: flex; flex-wrap: wrap; gap: 8px; }
.sl-button { background: #fff; border: 1px solid #c9c9c9; color: #1d1c1d; font-weight: 700; font-size: .85rem; padding: 4px 12px; border-radius: 4px; min-height: 32px; }
.sl-ephemeral { color: #616061; font-size: .75rem; margin-top: 6px; }
.totals { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 18px; padding: 0; margin: 0 0 8px; }
.legend { display: flex; align-items: center; gap: 6px; }
.swatch { width: 12px; height: 12px; }
.chart { width: 100%; height: auto; max-height: 260px; display: block; }
.chart .grid line { stroke: #e3e6eb; }
.chart text { font-size: 11px; fill: var(--muted); }
.kind-answer { fill: var(--answer); }
.kind-redirect { fill: var(--redirect); }
.kind-crisis { fill: var(--crisis); }
.kind-out_of_scope { fill: var(--out-of-scope); }
.top-topics { padding-left: 24px; margin: 0; }
.top-topics li { display: grid; grid-template-columns: minmax(120px, 1fr) 2fr auto; gap: 8px; align-items: center; }
.topic-bar { width: 100%; height: 8px; }
.topic-count { font-variant-numeric: tabular-nums; }
.table-scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .875rem; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
details { margin: 8px 0; }
@media (max-width: 600px) {
  body { font-size: 15px; }
  .panel { padding: 12px; border-radius: 0; border-left: 0; border-right: 0; }
  main, header.top, nav.sections { padding: 0 8px; }
  .top-topics li { grid-template-columns: 1fr auto; }
  .topic-bar { display: none; }
}
`;
