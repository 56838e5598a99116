/* global document, window, WebSocket, sessionStorage, location */
// The arena's browser client: plain JS, no build step. It speaks protocol.ts: commands go out
// as { t: 'cmd', text }, events come back with a per-player `seq`. A dropped connection is
// retried with back-off using the same name and key, so the server resumes the session and
// delivers what was said meanwhile (the SessionManager's outbox).
'use strict';

const $ = (id) => document.getElementById(id);
const state = {
  ws: null,
  name: '',
  key: '',
  lastSeq: 0,
  retry: 0,
  timer: null,
  history: [],
  at: 0,
  /** The fleet node of the last welcome (`--nodes`), or null. */
  node: null,
};

function keyFor(name) {
  const stored = sessionStorage.getItem(`arena-key:${name}`);
  if (stored) return stored;
  const bytes = new Uint8Array(12);
  window.crypto.getRandomValues(bytes);
  const key = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  sessionStorage.setItem(`arena-key:${name}`, key);
  return key;
}

function status(s) {
  $('status').textContent = s;
  $('status').dataset.state = s;
}

function print(kind, text) {
  const log = $('log');
  const atBottom = log.scrollTop + log.clientHeight >= log.scrollHeight - 4;
  const div = document.createElement('div');
  div.className = `line line-${kind}`;
  div.textContent = text;
  log.appendChild(div);
  while (log.childElementCount > 500) log.firstElementChild.remove();
  if (atBottom) log.scrollTop = log.scrollHeight;
}

function showRoom(room) {
  $('room-name').textContent = room.name;
  $('room-name').dataset.room = room.id;
  $('room-desc').textContent = room.description;
  const exits = $('exits');
  exits.replaceChildren(
    ...room.exits.map((dir) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = dir;
      b.dataset.exit = dir;
      b.addEventListener('click', () => send(dir));
      return b;
    }),
  );
  const items = [
    ...room.players.map((p) => `${p.name}${p.away ? ' (away)' : ''}`),
    ...room.npcs.map((n) => `${n.name} [${n.id}] ${n.hp}/${n.maxHp}`),
  ];
  $('occupants').replaceChildren(
    ...items.map((t) => {
      const li = document.createElement('li');
      li.textContent = t;
      return li;
    }),
  );
}

function printRoom(room) {
  print('room', room.name);
  print('system', room.description);
  const here = [
    ...room.players.filter((p) => p.name !== state.name).map((p) => p.name),
    ...room.npcs.map((n) => n.name),
  ];
  if (here.length > 0) print('system', `Here: ${here.join(', ')}.`);
  print('system', `Exits: ${room.exits.length > 0 ? room.exits.join(', ') : 'none'}.`);
}

function showPlayer(p) {
  $('me-name').textContent = `${p.name} (level ${p.level})`;
  $('hp-bar').style.width = `${Math.max(0, Math.round((100 * p.hp) / p.maxHp))}%`;
  $('me-stats').textContent = `hp ${p.hp}/${p.maxHp} · xp ${p.xp} · kills ${p.kills}`;
  $('me-quest').textContent = p.quest ? `Quest: ${p.quest}` : '';
}

function onEvent(ev) {
  if (typeof ev.seq === 'number') {
    if (ev.seq > state.lastSeq + 1 && state.lastSeq > 0)
      print('error', `(${ev.seq - state.lastSeq - 1} messages were lost)`);
    state.lastSeq = ev.seq;
  }
  switch (ev.t) {
    case 'welcome':
      showPlayer(ev.player);
      // Under `--nodes`, each welcome names the node: a reconnect may land on another one, where
      // the session (and what was queued for it) resumes but the world is that node's own.
      if (ev.node && state.node && ev.node !== state.node)
        print(
          'system',
          `Reconnected on ${ev.node} (you were on ${state.node}): your session moved.`,
        );
      else
        print(
          'system',
          ev.resumed
            ? 'Reconnected — you are back where you were.'
            : `Welcome, ${ev.player.name}! Type help.`,
        );
      if (ev.node) {
        state.node = ev.node;
        print('system', `You are on ${ev.node}.`);
      }
      break;
    case 'room':
      showRoom(ev.room);
      // The player looked (or walked in): the room goes to the log too, as in any MUD. Other
      // room updates (someone arrives, an NPC is hurt) only refresh the panel.
      if (ev.look) printRoom(ev.room);
      break;
    case 'stats':
      showPlayer(ev.player);
      break;
    case 'line':
      print(ev.kind, ev.text);
      break;
  }
}

function connect() {
  clearTimeout(state.timer);
  const proto = location.protocol === 'https:' ? 'wss' : 'ws';
  const q = `name=${encodeURIComponent(state.name)}&key=${encodeURIComponent(state.key)}`;
  const ws = new WebSocket(`${proto}://${location.host}/play?${q}`);
  state.ws = ws;
  status(state.retry > 0 ? 'reconnecting' : 'connecting');
  let opened = false;
  ws.addEventListener('open', () => {
    opened = true;
    state.retry = 0;
    status('online');
    $('join').hidden = true;
    $('game').hidden = false;
    $('input').focus();
  });
  ws.addEventListener('message', (e) => {
    try {
      onEvent(JSON.parse(e.data));
    } catch (err) {
      print('error', `bad message: ${err}`);
    }
  });
  ws.addEventListener('close', (e) => {
    if (state.ws !== ws) return;
    state.ws = null;
    status('offline');
    if (!opened && state.retry === 0) {
      $('join-error').textContent = 'Refused: that name is taken, invalid, or the arena is full.';
      return;
    }
    if (e.code === 4000)
      return print('system', e.reason === 'quit' ? 'You left the arena.' : `Kicked: ${e.reason}`);
    if (e.code === 4001) return print('system', 'You connected from somewhere else.');
    if (e.code === 1001) print('system', 'The server is shutting down.');
    // Anything else: come back with the same key while the session still waits for us.
    const delay = Math.min(10000, 500 * 2 ** state.retry++);
    print('system', `Connection lost; retrying in ${(delay / 1000).toFixed(1)} s…`);
    // connect() clears the retry timer before opening the socket whose close this is.
    // eslint-disable-next-line leakguard/no-overwritten-timer -- no retry timer is pending here
    state.timer = setTimeout(connect, delay);
  });
}

function send(text) {
  if (!state.ws || state.ws.readyState !== WebSocket.OPEN) return print('error', 'Not connected.');
  state.ws.send(JSON.stringify({ t: 'cmd', text }));
  print('you', `> ${text}`);
}

$('join').addEventListener('submit', (e) => {
  e.preventDefault();
  state.name = $('name').value.trim();
  state.key = keyFor(state.name);
  $('join-error').textContent = '';
  state.retry = 0;
  connect();
});

$('command').addEventListener('submit', (e) => {
  e.preventDefault();
  const input = $('input');
  const text = input.value.trim();
  if (!text) return;
  state.history.push(text);
  state.at = state.history.length;
  input.value = '';
  send(text);
});

$('input').addEventListener('keydown', (e) => {
  if (e.key === 'ArrowUp' && state.at > 0) $('input').value = state.history[--state.at];
  else if (e.key === 'ArrowDown' && state.at < state.history.length)
    $('input').value = state.history[++state.at] ?? '';
});
