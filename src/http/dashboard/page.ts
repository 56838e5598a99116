/** The dashboard's HTML. No inline script or style (the CSP forbids them); settings ride on data attributes. */
export function pageHtml(refreshMs: number): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>leakguard · monitoring</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="assets/uplot.css">
<link rel="stylesheet" href="assets/dashboard.css">
<script src="assets/uplot.js" defer></script>
<script src="assets/dashboard.js" defer></script>
</head>
<body data-refresh-ms="${Math.round(refreshMs)}">
<header>
  <h1>leakguard</h1>
  <span id="status" class="pill">loading…</span>
  <span class="spacer"></span>
  <span id="who" class="muted"></span>
  <button id="signout" type="button" hidden>Forget token</button>
</header>
<form id="login" hidden>
  <label for="token">Bearer token</label>
  <input id="token" name="token" type="password" autocomplete="off" spellcheck="false" required>
  <button type="submit">Open</button>
  <span id="login-error" class="error"></span>
</form>
<main id="main" hidden>
  <section class="tiles" id="tiles"></section>
  <section class="charts">
    <div class="card"><h2>Memory</h2><div id="chart-memory" class="chart"></div></div>
    <div class="card"><h2>Connections</h2><div id="chart-connections" class="chart"></div></div>
  </section>
  <section class="grid">
    <div class="card"><h2>Alerts</h2><div id="alerts"></div></div>
    <div class="card"><h2>Connections by service</h2><div id="services"></div></div>
    <div class="card"><h2>Sessions</h2><div id="sessions"></div></div>
    <div class="card wide"><h2>Top leak-suspect sites</h2><div id="leaks"></div></div>
    <div class="card"><h2>Heap trend</h2><div id="trend"></div></div>
    <div class="card full"><h2>Pools</h2><div id="pools"></div></div>
  </section>
</main>
</body>
</html>
`;
}
