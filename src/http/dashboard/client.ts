/**
 * The dashboard's script, served as a static asset. It is plain ES2017 (no modules, no
 * template literals, no build step) kept as a string so it ships inside this package as it is.
 * It talks only to our own endpoints (relative URLs), keeps the token in sessionStorage (gone
 * when the tab closes, never in a cookie or the URL), and builds every element with
 * textContent, so a site name or alert message can never inject markup.
 */
export const CLIENT_JS = String.raw`(function () {
  'use strict';
  var KEY = 'leakguard.token';
  var body = document.body;
  var refreshMs = Number(body.getAttribute('data-refresh-ms')) || 2000;
  var token = sessionStorage.getItem(KEY);
  var timer = null;
  var tick = 0;
  var lastTime = 0;
  var historyMs = 30 * 60 * 1000;
  var H = { t: [], rss: [], heapUsed: [], heapTotal: [], limit: [], heapLimit: [], conns: [] };
  var charts = { memory: null, connections: null };
  var MiB = 1048576;

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function fmt(n, d) {
    if (n === null || n === undefined || !isFinite(n)) return '–';
    return Number(n).toLocaleString(undefined, { maximumFractionDigits: d === undefined ? 1 : d });
  }
  function size(mb) {
    if (mb === null || mb === undefined || !isFinite(mb)) return '–';
    return mb >= 10240 ? fmt(mb / 1024, 1) + ' GiB' : fmt(mb, 1) + ' MiB';
  }
  function pct(r) { return fmt(r * 100, 1) + ' %'; }
  function ago(ms) {
    var s = Math.max(0, Math.round((Date.now() - ms) / 1000));
    if (s < 60) return s + ' s';
    if (s < 3600) return Math.round(s / 60) + ' min';
    return Math.round(s / 3600) + ' h';
  }

  function api(path) {
    var headers = {};
    if (token) headers.authorization = 'Bearer ' + token;
    return fetch(path, { headers: headers, cache: 'no-store' }).then(function (r) {
      if (!r.ok) {
        var e = new Error('HTTP ' + r.status);
        e.status = r.status;
        throw e;
      }
      return r.json();
    });
  }

  function setStatus(text, cls) {
    var s = $('status');
    s.textContent = text;
    s.className = 'pill ' + (cls || '');
  }

  function showLogin(message) {
    stop();
    $('main').hidden = true;
    $('signout').hidden = true;
    $('who').textContent = '';
    $('login').hidden = false;
    $('login-error').textContent = message || '';
    setStatus('token needed', 'err');
    $('token').focus();
  }

  // /auth never answers 401: it says whether reads need a token and whether ours is good,
  // so the page asks for a token without a failed request (and a console error) first.
  function start() {
    fetch('auth', { headers: token ? { authorization: 'Bearer ' + token } : {}, cache: 'no-store' })
      .then(function (r) { return r.json(); })
      .then(function (a) {
        if (token && !a.authenticated) {
          sessionStorage.removeItem(KEY);
          token = null;
          return showLogin('That token was refused.');
        }
        if (!a.authenticated && !a.public_reads) return showLogin('');
        $('login').hidden = true;
        $('main').hidden = false;
        $('signout').hidden = !token;
        $('who').textContent = a.role ? 'role: ' + a.role : 'public';
        run();
      })
      .catch(function () { setStatus('server unreachable', 'err'); retryLater(); });
  }

  function retryLater() { stop(); timer = setTimeout(start, refreshMs * 2); }
  function stop() { if (timer !== null) { clearTimeout(timer); timer = null; } }

  function run() {
    stop();
    var slow = tick % 5 === 0;
    tick++;
    var since = lastTime ? '?since=' + lastTime : '';
    Promise.all([
      api('memory'),
      api('memory-alerts'),
      api('memory/history' + since),
      api('pools'),
      slow ? api('leaks') : Promise.resolve(null),
    ]).then(function (r) {
      render(r[0], r[1], r[2], r[3], r[4]);
      setStatus('live · ' + new Date().toLocaleTimeString(), 'ok');
      timer = setTimeout(run, refreshMs);
    }).catch(function (e) {
      if (e && e.status === 401) {
        sessionStorage.removeItem(KEY);
        token = null;
        return showLogin('The token is no longer accepted.');
      }
      setStatus('error: ' + (e && e.message ? e.message : 'request failed'), 'err');
      timer = setTimeout(run, refreshMs * 2);
    });
  }

  function tile(label, value, sub, level) {
    var t = el('div', 'tile ' + (level || ''));
    t.appendChild(el('div', 'l', label));
    t.appendChild(el('div', 'v', value));
    if (sub) t.appendChild(el('div', 's', sub));
    return t;
  }
  function levelOf(ratio, th) {
    if (!th) return '';
    if (ratio >= th.critical) return 'critical';
    if (ratio >= th.warning) return 'warning';
    if (ratio >= th.info) return 'info';
    return 'ok';
  }

  function render(mem, alerts, hist, pools, leaks) {
    historyMs = mem.monitor.config.historyMs || historyMs;
    var th = mem.monitor.config.thresholds;
    var m = mem.memory;
    var tiles = clear($('tiles'));
    tiles.appendChild(tile('RSS', size(m.rss_mb), fmt(m.percent) + ' % of ' + size(m.total_mb) + ' (' + m.limit.source + ' limit)', levelOf(m.percent / 100, th)));
    tiles.appendChild(tile('Heap used', size(m.heap.used_mb), fmt(m.heap.percent) + ' % of ' + size(m.heap.limit_mb), levelOf(m.heap.percent / 100, th)));
    tiles.appendChild(tile('External', fmt(m.external_mb) + ' MiB', 'array buffers ' + fmt(m.array_buffers_mb) + ' MiB'));
    tiles.appendChild(tile('Event loop p99', fmt(mem.event_loop.delay_p99_ms) + ' ms', 'utilisation ' + pct(mem.event_loop.utilization)));
    tiles.appendChild(tile('GC', fmt(mem.gc.time_ms) + ' ms', mem.gc.count + ' collections, max pause ' + fmt(mem.gc.max_pause_ms) + ' ms'));
    tiles.appendChild(tile('Connections', fmt(mem.connections.total, 0), fmt(mem.connections.created, 0) + ' created · ' + mem.connections.leak_suspects + ' leak suspects', mem.connections.leak_suspects > 0 ? 'warning' : 'ok'));
    var s = mem.sessions;
    if (s && s.fleet) tiles.appendChild(tile('Node', s.fleet.node, 'fleet store ' + s.fleet.state, s.fleet.state === 'connected' ? 'ok' : 'warning'));
    if (s) tiles.appendChild(tile('Sessions', fmt(s.connected, 0) + ' / ' + fmt(s.away, 0), 'connected / away · ' + fmt(s.dropped.total, 0) + ' dropped', s.dropped.total > 0 ? 'info' : 'ok'));
    var worst = alerts.alerts.length ? alerts.alerts[0].level : '';
    tiles.appendChild(tile('Alerts', String(alerts.alert_count), alerts.alert_count ? 'most severe: ' + worst : 'none active', worst || 'ok'));

    addHistory(hist.points);
    drawCharts();
    renderAlerts(alerts.alerts);
    renderServices(mem.connections.by_service, mem.connections.total);
    if (leaks) renderLeaks(leaks);
    renderPools(pools.pools);
    renderSessions(s);
    if (leaks) renderTrend(leaks.trend, leaks.runtime, mem.monitor.config.trend);
  }

  function addHistory(points) {
    for (var i = 0; i < points.length; i++) {
      var p = points[i];
      if (p.time <= lastTime) continue;
      lastTime = p.time;
      H.t.push(p.time / 1000);
      H.rss.push(p.rss / MiB);
      H.heapUsed.push(p.heapUsed / MiB);
      H.heapTotal.push(p.heapTotal / MiB);
      H.limit.push(p.limit / MiB);
      H.heapLimit.push(p.heapLimit / MiB);
      H.conns.push(p.connections);
    }
    var cutoff = (Date.now() - historyMs) / 1000;
    var drop = 0;
    while (drop < H.t.length && H.t[drop] < cutoff) drop++;
    if (drop > 0) for (var k in H) H[k].splice(0, drop);
  }

  function width(id) { return Math.max(300, $(id).clientWidth); }

  function makeChart(id, series, data, unit) {
    var yValues = unit === 'MiB'
      ? function (u, vals) { return vals.map(function (v) { return size(v); }); }
      : function (u, vals) { return vals.map(function (v) { return fmt(v, 0); }); };
    var opts = {
      width: width(id),
      height: 240,
      series: [{}].concat(series),
      axes: [
        { stroke: '#8b98a5', grid: { stroke: '#2a3642' }, ticks: { stroke: '#2a3642' } },
        { stroke: '#8b98a5', grid: { stroke: '#2a3642' }, ticks: { stroke: '#2a3642' }, size: 70, values: yValues },
      ],
      legend: { live: true },
      cursor: { drag: { x: false, y: false } },
    };
    return new uPlot(opts, data, $(id));
  }

  function drawCharts() {
    var maxRss = Math.max.apply(null, H.rss.concat(H.heapTotal, [1]));
    var lastLimit = H.limit.length ? H.limit[H.limit.length - 1] : 0;
    var lastHeapLimit = H.heapLimit.length ? H.heapLimit[H.heapLimit.length - 1] : 0;
    var mem = [H.t, H.rss, H.heapUsed, H.heapTotal, H.limit, H.heapLimit];
    var conns = [H.t, H.conns];
    if (charts.memory === null) {
      var mb = function (u, v) { return v === null ? '–' : size(v); };
      charts.memory = makeChart('chart-memory', [
        { label: 'RSS', stroke: '#3b82f6', width: 2, value: mb },
        { label: 'Heap used', stroke: '#22c55e', width: 2, value: mb },
        { label: 'Heap total', stroke: '#a3e635', width: 1, value: mb },
        // a limit far above the curves would flatten them: shown on demand (click the legend)
        { label: 'Limit', stroke: '#ef4444', width: 1, dash: [6, 4], value: mb, show: lastLimit < maxRss * 4 },
        { label: 'Heap limit', stroke: '#f59e0b', width: 1, dash: [6, 4], value: mb, show: lastHeapLimit < maxRss * 4 },
      ], mem, 'MiB');
      charts.connections = makeChart('chart-connections', [
        { label: 'Live connections', stroke: '#c084fc', width: 2, fill: 'rgba(192,132,252,0.12)' },
      ], conns, '');
      body.setAttribute('data-charts', 'ready');
    } else {
      charts.memory.setData(mem);
      charts.connections.setData(conns);
    }
    body.setAttribute('data-points', String(H.t.length));
  }

  window.addEventListener('resize', function () {
    if (charts.memory) charts.memory.setSize({ width: width('chart-memory'), height: 240 });
    if (charts.connections) charts.connections.setSize({ width: width('chart-connections'), height: 240 });
  });

  function renderAlerts(list) {
    var box = clear($('alerts'));
    var counts = { critical: 0, warning: 0, info: 0 };
    list.forEach(function (a) { counts[a.level]++; });
    var levels = el('div', 'levels');
    ['critical', 'warning', 'info'].forEach(function (l) {
      levels.appendChild(el('span', 'badge ' + l, l + ' ' + counts[l]));
    });
    box.appendChild(levels);
    if (!list.length) return box.appendChild(el('div', 'empty', 'No active alerts'));
    list.forEach(function (a) {
      var row = el('div', 'alert');
      row.setAttribute('data-level', a.level);
      row.appendChild(el('span', 'badge ' + a.level, a.level));
      row.appendChild(el('span', '', a.message));
      row.appendChild(el('span', 'muted', 'for ' + ago(a.firstSeen)));
      box.appendChild(row);
    });
  }

  function renderServices(by, total) {
    var box = clear($('services'));
    var names = Object.keys(by).sort(function (a, b) { return by[b] - by[a]; });
    if (!names.length) return box.appendChild(el('div', 'empty', 'No connections with a service'));
    var max = by[names[0]] || 1;
    names.slice(0, 12).forEach(function (n) {
      var row = el('div', 'bar');
      row.appendChild(el('span', 'name', n));
      var track = el('div', 'track');
      var fill = el('div', 'fill');
      fill.style.width = Math.max(1, Math.round((by[n] / max) * 100)) + '%';
      track.appendChild(fill);
      row.appendChild(track);
      row.appendChild(el('span', 'n', fmt(by[n], 0)));
      box.appendChild(row);
    });
    box.appendChild(el('div', 'muted', fmt(total, 0) + ' live in total'));
  }

  function table(headers, rows, numeric) {
    var t = el('table');
    var tr = el('tr');
    headers.forEach(function (h, i) { tr.appendChild(el('th', numeric[i] === true ? 'num' : '', h)); });
    var thead = el('thead');
    thead.appendChild(tr);
    t.appendChild(thead);
    var tb = el('tbody');
    rows.forEach(function (r) {
      var row = el('tr');
      r.forEach(function (c, i) { row.appendChild(el('td', numeric[i] === 'site' ? 'site' : numeric[i] ? 'num' : '', c)); });
      tb.appendChild(row);
    });
    t.appendChild(tb);
    return t;
  }

  function renderLeaks(l) {
    var box = clear($('leaks'));
    var rows = l.connections.suspects.map(function (r) {
      return [r.site, r.service || '–', r.kind, fmt(r.count, 0), fmt(r.threshold, 0), 'suspect'];
    });
    var seen = {};
    rows.forEach(function (r) { seen[r[0]] = true; });
    l.connections.top_sites.forEach(function (r) {
      if (!seen[r.site] && rows.length < 10) rows.push([r.site, r.service || '–', r.kind, fmt(r.count, 0), fmt(r.threshold, 0), 'top']);
    });
    if (l.runtime && l.runtime.active) l.runtime.leaks.slice(0, 5).forEach(function (s) {
      rows.push([s.site, 'runtime finder', s.kind, fmt(s.count, 0), '+' + fmt(s.growthPerMinute) + '/min', s.carried ? 'carried' : 'growing']);
    });
    if (l.runtime && l.runtime.active && l.runtime.heap) l.runtime.heap.leaks.slice(0, 5).forEach(function (h) {
      rows.push([h.functionName + ' (' + h.site + ')', 'heap sites', 'heap', size(h.bytes / MiB), '+' + size(h.growthBytesPerMinute / MiB) + '/min', 'growing']);
    });
    l.pools.leaking.forEach(function (p) {
      rows.push(['pool ' + p.name, '–', 'pool-lease', fmt(p.borrowed, 0), fmt(p.leaksDetected, 0) + ' leaked', 'pool']);
    });
    if (!rows.length) return box.appendChild(el('div', 'empty', 'No sites tracked (leak watch off or no connections)'));
    box.appendChild(table(['Site', 'Service', 'Kind', 'Live', 'Threshold', ''], rows, ['site', false, false, true, true, false]));
  }

  function renderPools(list) {
    var box = clear($('pools'));
    if (!list.length) return box.appendChild(el('div', 'empty', 'No pools registered'));
    box.appendChild(table(
      ['Pool', 'Kind', 'Size', 'Borrowed (outstanding)', 'Idle', 'Reuse rate', 'Acquired', 'Leaks'],
      list.map(function (p) {
        var s = p.stats;
        return [p.name, p.kind || s.kind || '–', fmt(s.size, 0), fmt(s.borrowed, 0), fmt(s.idle, 0), pct(s.reuseRate || 0), fmt(s.acquired, 0), fmt(s.leaksDetected, 0)];
      }),
      [false, false, true, true, true, true, true, true]));
  }

  function renderSessions(s) {
    var box = clear($('sessions'));
    if (!s) return box.appendChild(el('div', 'empty', 'No session manager'));
    var dl = el('dl', 'kv');
    function kv(k, v) { dl.appendChild(el('dt', '', k)); dl.appendChild(el('dd', '', v)); }
    kv('Connected', fmt(s.connected, 0));
    kv('Away', fmt(s.away, 0));
    if (s.connections) kv('Sockets', 'ws ' + fmt(s.connections.ws, 0) + ' · sse ' + fmt(s.connections.sse, 0));
    if (s.outbox) kv('Outboxes', fmt(s.outbox.messages, 0) + ' messages for ' + fmt(s.outbox.players, 0) + ' players');
    kv('Dropped', fmt(s.dropped.total, 0));
    Object.keys(s.dropped.by_reason).forEach(function (r) { kv('  ' + r, fmt(s.dropped.by_reason[r], 0)); });
    // A SessionManager with a shared store (leakguard/fleet): which node this is, and its link.
    var f = s.fleet;
    if (f) {
      kv('Node', f.node);
      kv('Fleet store', f.store + ' · ' + f.state + (f.lastError ? ' (' + f.lastError + ')' : ''));
      kv('Store commands', fmt(f.commands.sent, 0) + ' sent · ' + fmt(f.commands.failed, 0) + ' failed · ' + fmt(f.commands.refused, 0) + ' refused · ' + fmt(f.reconnects, 0) + ' reconnects');
    }
    box.appendChild(dl);
  }

  function renderTrend(t, runtime, options) {
    var box = clear($('trend'));
    if (!t) box.appendChild(el('div', 'empty', 'Trend detection is off'));
    else {
      var dl = el('dl', 'kv');
      function kv(k, v) { dl.appendChild(el('dt', '', k)); dl.appendChild(el('dd', '', v)); }
      kv('Verdict', t.leakSuspected ? 'leak suspected' : t.awaitingConfirmation ? 'no leak yet: a major GC decides' : 'no leak');
      kv('Heap floor', fmt(t.floorBytes / MiB) + ' MiB');
      kv('Floor growth', fmt(t.growthBytesPerMin / 1024) + ' KiB/min');
      // what survives major GCs: a leak needs it to grow too (promoted garbage climbs the floor)
      var c = t.confirmedGrowthBytesPerMin;
      var none = c === null || c === undefined;
      var apart = options && options.minSpanMs ? ' ' + fmt(options.minSpanMs / 60000) + ' min apart' : '';
      kv('Confirmed growth', none ? '– (needs two reads after major GCs' + apart + ')' : fmt(c / 1024) + ' KiB/min after major GCs');
      if (t.awaitingConfirmation) kv('Waiting for', none ? 'major GCs to confirm the floor (two reads' + apart + ')' : 'the next major GC (the last ones prove less than the threshold)');
      kv('Confidence', pct(t.confidence));
      kv('Why', t.reason);
      box.appendChild(dl);
    }
    box.appendChild(el('div', 'muted', runtime && runtime.active ? 'runtime finder: ' + runtime.samples + ' samples, ' + runtime.leaks.length + ' growing sites' : 'runtime finder not running'));
  }

  $('login').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var v = $('token').value.trim();
    if (!v) return;
    token = v;
    sessionStorage.setItem(KEY, v);
    $('token').value = '';
    start();
  });
  $('signout').addEventListener('click', function () {
    sessionStorage.removeItem(KEY);
    token = null;
    start();
  });
  start();
})();
`;
