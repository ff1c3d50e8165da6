// The site's stylesheet and the live-reload script of `dtp serve`: files of their own (assets/), so every page's
// Content-Security-Policy allows only 'self' and no inline code. Colours follow the roadmap's palettes (the
// health hues are Okabe–Ito, told apart by colour-blind readers too); light and dark follow the system.

export const SITE_CSS = `:root{
  color-scheme:light;
  --bg:#f6f8fa;--surface:#ffffff;--surface-2:#f6f8fa;--text:#1f2328;--muted:#57606a;--border:#d0d7de;--border-soft:#eaeef2;
  --accent:#0969da;--accent-soft:#ddf4ff;--ok:#1a7f37;
  --error:#cf222e;--error-soft:#ffebe9;--warning:#9a6700;--warning-soft:#fff8c5;--info:#0969da;--info-soft:#ddf4ff;
  --late:#c8400f;--late-soft:#fff1e5;--at-risk:#b36b00;--at-risk-soft:#fff8c5;--on-track:#0072b2;--on-track-soft:#e5f2fa;--done:#57606a;--done-soft:#eaeef2;
  --ph-initiation:#6f42c1;--ph-foundation:#1f6feb;--ph-improvement:#1a7f37;--ph-continuous-improvement:#b35900;
  --lane:#f6f8fa;--shadow:0 1px 2px rgba(31,35,40,.06),0 1px 3px rgba(31,35,40,.08);
}
@media (prefers-color-scheme: dark){:root{
  color-scheme:dark;
  --bg:#0d1117;--surface:#151b23;--surface-2:#0d1117;--text:#e6edf3;--muted:#9198a1;--border:#3d444d;--border-soft:#262c36;
  --accent:#4493f8;--accent-soft:#132a45;--ok:#3fb950;
  --error:#f85149;--error-soft:#3c1618;--warning:#d29922;--warning-soft:#342a11;--info:#58a6ff;--info-soft:#132a45;
  --late:#f07838;--late-soft:#3d1e0c;--at-risk:#e69f00;--at-risk-soft:#35280a;--on-track:#56b4e9;--on-track-soft:#11283a;--done:#9198a1;--done-soft:#262c36;
  --ph-initiation:#8957e5;--ph-foundation:#2f81f7;--ph-improvement:#2ea043;--ph-continuous-improvement:#d07a1a;
  --lane:#0d1117;--shadow:0 0 0 1px rgba(0,0,0,.2);
}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--text);font:15px/1.5 system-ui,-apple-system,'Segoe UI','Noto Sans',Helvetica,Arial,sans-serif;font-variant-numeric:tabular-nums}
a{color:var(--accent);text-decoration:none}
a:hover{text-decoration:underline}
a:focus-visible{outline:2px solid var(--accent);outline-offset:2px;border-radius:3px}
code,.mono{font-family:ui-monospace,SFMono-Regular,'SF Mono',Menlo,Consolas,'Liberation Mono',monospace;font-size:.88em}
h1,h2,h3{line-height:1.25;margin:0}
h1{font-size:1.75rem;font-weight:650;letter-spacing:-.01em}
h2{font-size:1.25rem;font-weight:600;margin:2.25rem 0 .75rem}
h3{font-size:1rem;font-weight:600;margin:1.5rem 0 .5rem}
p{margin:.5rem 0}
.wrap{max-width:1440px;margin:0 auto;padding:0 24px}
.site-header{background:var(--surface);border-bottom:1px solid var(--border)}
.site-header .wrap{display:flex;align-items:center;gap:16px;min-height:56px}
.brand{display:flex;align-items:center;gap:10px;font-weight:650;color:var(--text);font-size:1rem}
.brand:hover{text-decoration:none}
.brand svg{display:block}
.logo-a{fill:var(--ph-initiation)}.logo-b{fill:var(--ph-foundation)}.logo-c{fill:var(--ph-improvement)}.logo-d{fill:var(--ph-continuous-improvement)}
.crumbs{display:flex;gap:8px;white-space:nowrap;min-width:0;color:var(--muted);font-size:.9rem;margin:0;padding:0;list-style:none}
.crumbs li+li::before{content:'/';margin-right:8px;color:var(--border)}
.live{margin-left:auto;font-size:.8rem;color:var(--muted);display:flex;align-items:center;gap:6px}
.live::before{content:'';width:8px;height:8px;border-radius:50%;background:var(--on-track)}
.live[hidden]{display:none}
.page-head{padding:28px 0 8px}
.lead{color:var(--muted);margin:.35rem 0 0}
.meta{display:flex;flex-wrap:wrap;gap:6px 18px;color:var(--muted);font-size:.9rem;margin:.5rem 0 0;padding:0;list-style:none}
.meta b{font-weight:600;color:var(--text)}
.description{max-width:80ch;margin:.75rem 0 0}
.toc{display:flex;gap:16px;font-size:.9rem;margin:16px 0 0;padding:10px 0 0;border-top:1px solid var(--border-soft);list-style:none}
.toc-label{color:var(--muted)}
/* index */
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(480px,1fr));gap:20px;margin:24px 0 8px;padding:0;list-style:none}
.card{background:var(--surface);border:1px solid var(--border);border-radius:10px;box-shadow:var(--shadow);display:flex;flex-direction:column;overflow:hidden}
.card:hover{border-color:var(--accent)}
.card .thumb{display:block;background:var(--lane);border-bottom:1px solid var(--border-soft);padding:12px 14px}
.card .body{padding:14px 16px 16px;display:flex;flex-direction:column;gap:10px;flex:1}
.card h2{font-size:1.08rem;margin:0}
.card h2 a{color:var(--text)}
.card .sub{color:var(--muted);font-size:.85rem;margin:2px 0 0}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 14px;margin:0;font-size:.9rem}
.facts dt{color:var(--muted)}
.facts dd{margin:0}
.summary{display:grid;grid-template-columns:repeat(auto-fit,minmax(230px,1fr));gap:12px;margin:20px 0 0}
.stat{background:var(--surface);border:1px solid var(--border);border-radius:10px;padding:12px 16px}
.stat .label{color:var(--muted);font-size:.8rem;text-transform:uppercase;letter-spacing:.04em}
.stat .value{font-size:1rem;font-weight:600;margin-top:4px}
.stat .value .badges,.stat .value .muted{font-weight:400}
.stat .note{color:var(--muted);font-size:.85rem}
.badges{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.badge{display:inline-flex;align-items:center;gap:5px;border-radius:999px;padding:1px 9px;font-size:.8rem;font-weight:600;white-space:nowrap;border:1px solid transparent}
.badge::before{content:'';width:7px;height:7px;border-radius:50%;background:currentColor}
.badge.plain::before{display:none}
.badge.late{color:var(--late);background:var(--late-soft)}
.badge.at-risk{color:var(--at-risk);background:var(--at-risk-soft)}
.badge.on-track{color:var(--on-track);background:var(--on-track-soft)}
.badge.done{color:var(--done);background:var(--done-soft)}
.badge.error{color:var(--error);background:var(--error-soft)}
.badge.warning{color:var(--warning);background:var(--warning-soft)}
.badge.info,.badge.hint{color:var(--info);background:var(--info-soft)}
.badge.clean{color:var(--muted);background:transparent;border-color:var(--border)}
.badge.clean::before{background:var(--ok)}
.badge.zero{color:var(--muted);background:transparent;border-color:var(--border-soft);font-weight:500}
.variance.late{color:var(--late);font-weight:600}
.variance.early{color:var(--on-track)}
.empty{background:var(--surface);border:1px dashed var(--border);border-radius:10px;padding:32px;text-align:center;color:var(--muted);margin:24px 0}
/* thumbnail */
.thumb svg{display:block;width:100%;height:auto}
.t-lane{fill:var(--surface)}
.t-phase{opacity:.16}
.t-initiation{fill:var(--ph-initiation)}.t-foundation{fill:var(--ph-foundation)}.t-improvement{fill:var(--ph-improvement)}.t-continuous-improvement{fill:var(--ph-continuous-improvement)}
.t-bar.t-critical{fill:var(--error)}
.t-bar.h-late{fill:var(--late)}.t-bar.h-at-risk{fill:var(--at-risk)}.t-bar.h-done{fill:var(--done);opacity:.55}
.t-milestone{fill:var(--text)}
.t-status{stroke:var(--text);stroke-width:1.25;stroke-dasharray:3 2}
.t-today{stroke:var(--error);stroke-width:1}
/* roadmap frame */
.frame{background:var(--surface);border:1px solid var(--border);border-radius:10px;overflow:hidden;box-shadow:var(--shadow)}
/* The box takes the roadmap's own proportions from an empty SVG with its viewBox (no inline style under the CSP),
   plus room for the roadmap's toolbar; a very tall roadmap scrolls inside its frame. */
.frame-box{position:relative;padding-top:56px;min-height:360px;max-height:2400px;overflow:hidden}
.frame-box .sizer{display:block;width:100%;height:auto}
.frame-box iframe{position:absolute;inset:0;width:100%;height:100%;border:0;display:block}
.frame-foot{display:flex;justify-content:flex-end;padding:6px 12px;border-top:1px solid var(--border-soft);font-size:.85rem}
/* tables */
.table-wrap{background:var(--surface);border:1px solid var(--border);border-radius:10px;overflow:auto;box-shadow:var(--shadow)}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:7px 12px;border-bottom:1px solid var(--border-soft);vertical-align:top}
thead th{position:sticky;top:0;background:var(--surface-2);color:var(--muted);font-weight:600;font-size:.78rem;text-transform:uppercase;letter-spacing:.04em;white-space:nowrap;border-bottom:1px solid var(--border)}
tbody tr:last-child td{border-bottom:0}
tbody tr:hover td{background:var(--surface-2)}
td.num,th.num{text-align:right}
td.date{white-space:nowrap}
td.id{white-space:nowrap}
.label-cell{min-width:16em}
.label-cell .id{display:block;color:var(--muted);font-size:.8rem}
tr.phase-row th{background:var(--surface-2);color:var(--text);font-size:.85rem;text-transform:none;letter-spacing:0;border-top:1px solid var(--border);position:static}
tr.phase-row th .swatch{display:inline-block;width:10px;height:10px;border-radius:3px;margin-right:8px;vertical-align:baseline}
tr.phase-row th .span{color:var(--muted);font-weight:400;margin-left:10px}
.swatch.initiation{background:var(--ph-initiation)}.swatch.foundation{background:var(--ph-foundation)}.swatch.improvement{background:var(--ph-improvement)}.swatch.continuous-improvement{background:var(--ph-continuous-improvement)}
.star{color:var(--error)}
.muted{color:var(--muted)}
.note{color:var(--muted);font-size:.88rem;margin:0 0 .75rem}
.message{min-width:24em;max-width:80ch}
.message code{background:var(--surface-2);border:1px solid var(--border-soft);border-radius:4px;padding:0 3px}
.where{white-space:nowrap}
.ok{background:var(--surface);border:1px solid var(--border);border-radius:10px;padding:14px 16px;color:var(--muted)}
.ok::before{content:'✓ ';color:var(--ok);font-weight:700}
.path-list{margin:.25rem 0;padding-left:1.2rem}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.site-footer{color:var(--muted);font-size:.85rem;padding:32px 24px 40px}
.unreadable{border-left:3px solid var(--error);background:var(--surface);padding:10px 14px;border-radius:6px;margin:16px 0}
@media (max-width:640px){.wrap{padding:0 14px}.cards{grid-template-columns:1fr}h1{font-size:1.4rem}.crumbs li:last-child{display:none}.summary{grid-template-columns:1fr 1fr}.stat{padding:10px 12px}}
@media print{.site-header,.frame-foot,.toc,.live{display:none}.card,.table-wrap,.frame,.stat{box-shadow:none}}
`;

/**
 * `dtp serve` only: listens to the server's change events and reloads the page when its own file (or the roadmap it
 * frames) changed. EventSource reconnects by itself when the server restarts.
 */
export const LIVE_JS = `(function () {
  'use strict';
  if (!window.EventSource) return;
  var status = document.getElementById('live');
  if (status) status.hidden = false;
  function page(pathname) { return pathname.charAt(pathname.length - 1) === '/' ? pathname + 'index.html' : pathname; }
  var mine = [page(location.pathname)];
  document.querySelectorAll('iframe[src]').forEach(function (frame) { mine.push(page(new URL(frame.src, location.href).pathname)); });
  var source = new EventSource('/events');
  source.addEventListener('change', function (event) {
    var changed = JSON.parse(event.data).paths || [];
    for (var i = 0; i < changed.length; i++) {
      if (mine.indexOf(changed[i]) >= 0) { source.close(); location.reload(); return; }
    }
  });
  window.addEventListener('pagehide', function () { source.close(); });
})();
`;
