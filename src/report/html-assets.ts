/**
 * The report page's only stylesheet and script. Both are inlined and allowed by hash in the page's
 * Content-Security-Policy, so the file needs no network and an injected <script> or on*= attribute would
 * not run even if escaping ever failed.
 */
export const CSS = `
:root { color-scheme: light dark; --bg: #fff; --fg: #1b1f24; --muted: #59636e; --line: #d1d9e0; --card: #f6f8fa;
  --critical: #b3261e; --high: #c4511a; --medium: #9a6700; --low: #0969da; --info: #59636e; --flag: #fff3bf; }
@media (prefers-color-scheme: dark) { :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d;
  --card: #151b23; --critical: #ff7b72; --high: #ffa657; --medium: #d29922; --low: #58a6ff; --info: #9198a1; --flag: #3b2e00; } }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
main { max-width: 1100px; margin: 0 auto; padding: 24px 20px 64px; }
h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 20px; margin: 36px 0 12px; } h3 { font-size: 16px; margin: 0; }
h4 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 14px 0 4px; }
.muted { color: var(--muted); } code, pre { font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; overflow-x: auto; margin: 6px 0; white-space: pre; }
.cards { display: grid; grid-template-columns: repeat(5, 1fr); gap: 10px; margin: 18px 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; background: var(--card); text-align: left; color: inherit; font: inherit; cursor: pointer; }
.card b { display: block; font-size: 26px; } .card.zero { opacity: .55; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
td.path { font-family: ui-monospace, monospace; word-break: break-all; }
.filters { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 12px; align-items: center; padding: 10px 0; background: var(--bg); border-bottom: 1px solid var(--line); }
.filters label { font-size: 13px; color: var(--muted); } select, button.link { font: inherit; }
select { margin-left: 4px; max-width: 320px; }
button.link { background: none; border: 0; padding: 0; color: var(--low); cursor: pointer; text-decoration: underline; }
.finding { border: 1px solid var(--line); border-left: 5px solid var(--sev); border-radius: 8px; padding: 14px 16px; margin: 14px 0; }
.badge { display: inline-block; border-radius: 999px; padding: 0 9px; font-size: 12px; font-weight: 600; color: #fff; background: var(--sev); margin-right: 6px; }
.sev-critical { --sev: var(--critical); } .sev-high { --sev: var(--high); } .sev-medium { --sev: var(--medium); }
.sev-low { --sev: var(--low); } .sev-info { --sev: var(--info); }
.meta { margin: 4px 0 0; font-size: 13px; color: var(--muted); } .meta code { color: var(--fg); }
.code .flag { background: var(--flag); display: inline-block; min-width: 100%; }
.code .ln { color: var(--muted); user-select: none; }
.auth-none { color: var(--critical); font-weight: 600; } .auth-required { color: inherit; } .auth-unknown { color: var(--medium); } .auth-public { color: var(--muted); }
.pill { font-size: 12px; border: 1px solid var(--line); border-radius: 999px; padding: 0 7px; margin-left: 6px; color: var(--muted); }
details { margin-top: 10px; } summary { cursor: pointer; font-weight: 600; }
@media (max-width: 700px) { .cards { grid-template-columns: repeat(2, 1fr); } }
`;

export const SCRIPT = `
(() => {
  'use strict';
  const selects = {
    severity: document.getElementById('f-severity'),
    category: document.getElementById('f-category'),
    endpoint: document.getElementById('f-endpoint'),
  };
  const findings = Array.from(document.querySelectorAll('.finding'));
  const rows = Array.from(document.querySelectorAll('#endpoints tbody tr'));
  const count = document.getElementById('f-count');
  const none = document.getElementById('f-none');
  function apply() {
    let shown = 0;
    for (const el of findings) {
      const ok = Object.keys(selects).every((k) => selects[k].value === '' || el.dataset[k] === selects[k].value);
      el.hidden = !ok;
      if (ok) shown++;
    }
    const endpoint = selects.endpoint.value;
    for (const row of rows) row.hidden = endpoint !== '' && row.dataset.endpoint !== endpoint;
    count.textContent = shown + ' of ' + findings.length + ' findings shown';
    none.hidden = shown > 0;
  }
  for (const s of Object.values(selects)) s.addEventListener('change', apply);
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-set-filter]') : null;
    if (!target) return;
    const filter = target.getAttribute('data-set-filter');
    selects[filter].value = target.getAttribute('data-value');
    apply();
    document.getElementById('findings').scrollIntoView();
  });
  apply();
})();
`;
