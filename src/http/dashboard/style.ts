/** The dashboard's stylesheet: dark, dense, readable at a glance. */
export const STYLE_CSS = `
:root { --bg:#0f1419; --card:#182029; --fg:#e6edf3; --muted:#8b98a5; --line:#2a3642;
  --info:#3b82f6; --warning:#f59e0b; --critical:#ef4444; --ok:#22c55e; }
* { box-sizing: border-box; }
[hidden] { display:none !important; }
body { margin:0; background:var(--bg); color:var(--fg);
  font:14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header { display:flex; align-items:center; gap:12px; padding:10px 20px; border-bottom:1px solid var(--line); }
h1 { font-size:18px; margin:0; letter-spacing:.5px; }
h2 { font-size:13px; text-transform:uppercase; letter-spacing:.6px; color:var(--muted); margin:0 0 8px; }
.spacer { flex:1; }
.muted { color:var(--muted); }
.pill { padding:2px 10px; border-radius:999px; background:var(--line); font-size:12px; }
.pill.ok { background:#14532d; } .pill.err { background:#7f1d1d; }
button { background:var(--line); color:var(--fg); border:1px solid #3a4856; border-radius:6px; padding:4px 10px; cursor:pointer; }
form#login { display:flex; gap:8px; align-items:center; padding:40px 20px; }
form#login input { background:var(--card); color:var(--fg); border:1px solid var(--line); border-radius:6px; padding:6px 10px; width:320px; }
.error { color:var(--critical); }
main { padding:16px 20px; display:flex; flex-direction:column; gap:16px; }
.tiles { display:grid; grid-template-columns:repeat(auto-fit, minmax(150px, 1fr)); gap:12px; }
.tile { background:var(--card); border-radius:8px; padding:10px 14px; border-left:4px solid var(--line); }
.tile .v { font-size:24px; font-weight:600; }
.tile .l { color:var(--muted); font-size:12px; text-transform:uppercase; letter-spacing:.5px; }
.tile .s { color:var(--muted); font-size:12px; }
.tile.info { border-left-color:var(--info); } .tile.warning { border-left-color:var(--warning); }
.tile.critical { border-left-color:var(--critical); } .tile.ok { border-left-color:var(--ok); }
.charts { display:grid; grid-template-columns:repeat(auto-fit, minmax(460px, 1fr)); gap:16px; }
.grid { display:grid; grid-template-columns:repeat(3, minmax(0, 1fr)); gap:16px; }
.card { background:var(--card); border-radius:8px; padding:12px 14px; min-width:0; }
.card.wide { grid-column: span 2; }
.card.full { grid-column: 1 / -1; }
@media (max-width: 1100px) { .grid { grid-template-columns:minmax(0, 1fr); } .card.wide { grid-column: auto; } }
.chart { min-height:240px; }
table { width:100%; border-collapse:collapse; font-size:13px; }
th, td { text-align:left; padding:4px 6px; border-bottom:1px solid var(--line); white-space:nowrap; }
th { color:var(--muted); font-weight:500; }
td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; }
td.site { font-family:ui-monospace, Menlo, Consolas, monospace; white-space:normal; word-break:break-all; }
.empty { color:var(--muted); font-style:italic; }
.alert { display:flex; gap:8px; align-items:baseline; padding:4px 0; border-bottom:1px solid var(--line); }
.badge { font-size:11px; font-weight:700; text-transform:uppercase; padding:1px 6px; border-radius:4px; color:#0b0f14; }
.badge.info { background:var(--info); } .badge.warning { background:var(--warning); } .badge.critical { background:var(--critical); }
.levels { display:flex; gap:8px; margin-bottom:8px; }
.bar { display:grid; grid-template-columns:140px 1fr 60px; gap:8px; align-items:center; padding:2px 0; }
.bar .track { background:var(--line); border-radius:3px; height:10px; overflow:hidden; }
.bar .fill { background:var(--info); height:100%; }
.bar .name { overflow:hidden; text-overflow:ellipsis; white-space:nowrap; }
.bar .n { text-align:right; font-variant-numeric:tabular-nums; }
.kv { display:grid; grid-template-columns:auto 1fr; gap:2px 12px; }
.kv dt { color:var(--muted); } .kv dd { margin:0; font-variant-numeric:tabular-nums; }
.u-legend { color:var(--fg); font-size:12px; }
`;
