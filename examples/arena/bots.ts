/**
 * Simulated players: real WebSocket clients over loopback that join, play and leave
 * continuously, so the dashboard has something to show and memory can be seen to stay flat.
 *
 * Each bot generation owns a child scope of the swarm's scope: its socket, its listeners and
 * its think timer. When the socket closes, the generation's scope is disposed and the swarm
 * schedules the next one (a fresh key = a new session), or — after a deliberate drop — a
 * reconnect with the same key within the reconnect window, which resumes the session and
 * drains its outbox.
 */
import { randomBytes } from 'node:crypto';
import type { ConnectionManager, Scope } from 'leakguard';
import WebSocket from 'ws';
import type { RoomView, ServerEvent } from './protocol.js';

export interface BotOptions {
  manager: ConnectionManager;
  /** ws://host:port/play */
  url: string;
  count: number;
  /** Mean time between a bot's actions (ms). */
  thinkMs: number;
  /** Mean time a bot stays before it quits or drops (ms). */
  stayMs: number;
  /** Sent as `x-arena-bot`, so the server rate-limits bots per bot instead of per IP. */
  secret: string;
  /**
   * Start of every bot's name (`bot0`, `bot1`…). Default `bot`. The nodes of a fleet each
   * need their own (`n2-bot0`): one name is one player fleet-wide, so two nodes' `bot0`
   * would keep taking each other's session.
   */
  prefix?: string;
}

const SAYINGS = [
  'hello there',
  'anyone seen the goblins?',
  'this cellar smells',
  'gg',
  'who wants to group up?',
  'my heap is flat, is yours?',
];
const EMOTES = ['waves', 'grins', 'stretches', 'looks around nervously', 'cheers'];

/** Spread around a mean: uniform in [0.5, 1.5] × mean. */
function jitter(mean: number): number {
  return Math.max(1, Math.round(mean * (0.5 + Math.random())));
}

function pick<T>(items: readonly T[]): T | undefined {
  return items[Math.floor(Math.random() * items.length)];
}

export class BotSwarm {
  readonly scope: Scope;
  readonly #o: BotOptions;
  #stopped = false;
  /** Counters for the log. */
  readonly stats = { joined: 0, quits: 0, drops: 0, resumes: 0, refused: 0 };

  constructor(options: BotOptions) {
    this.#o = options;
    this.scope = options.manager.scope({ service: 'bots', name: 'bots' });
  }

  start(): void {
    // Stagger the first joins over a second or two rather than a thundering herd.
    for (let i = 0; i < this.#o.count; i++)
      this.scope.setTimeout(() => this.#join(i, newKey()), Math.random() * 2000, { unref: true });
  }

  /** No new joins, actions or reconnects; sockets stay until the server closes them. */
  stop(): void {
    this.#stopped = true;
  }

  dispose(): void {
    this.#stopped = true;
    this.scope.dispose();
  }

  #join(i: number, key: string, resuming = false): void {
    if (this.#stopped) return;
    const o = this.#o;
    const name = `${o.prefix ?? 'bot'}${i}`;
    const life = this.scope.child(name);
    const ws = new WebSocket(`${o.url}?name=${name}&key=${key}`, {
      headers: { 'x-arena-bot': o.secret },
    });
    // terminate() is safe in every state; the socket's end is the generation's end.
    life.add(() => ws.terminate());
    let room: RoomView | null = null;
    let leaving: 'quit' | 'drop' | null = null;

    life.on(ws, 'open', () => {
      if (resuming) this.stats.resumes++;
      else this.stats.joined++;
      think();
      life.setTimeout(leave, jitter(o.stayMs), { unref: true });
    });
    life.on(ws, 'message', (data: WebSocket.RawData) => {
      let ev: ServerEvent;
      try {
        ev = JSON.parse(String(data)) as ServerEvent;
      } catch {
        return;
      }
      if (ev.t === 'room') room = ev.room;
    });
    life.on(ws, 'error', () => undefined); // refused (401/429/503) or reset: 'close' follows
    life.on(ws, 'unexpected-response', (_req: unknown, res: { statusCode?: number }) => {
      this.stats.refused++;
      ws.terminate();
      void res;
    });
    life.on(ws, 'close', () => {
      life.dispose();
      if (this.#stopped) return;
      if (leaving === 'drop') {
        // Come back with the same key a little later: the session resumes, the outbox drains.
        this.scope.setTimeout(() => this.#join(i, key, true), 500 + Math.random() * 2000, {
          unref: true,
        });
      } else {
        this.scope.setTimeout(() => this.#join(i, newKey()), 500 + Math.random() * 3000, {
          unref: true,
        });
      }
    });

    const send = (text: string): void => {
      if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ t: 'cmd', text }));
    };
    const leave = (): void => {
      if (Math.random() < 0.2) {
        leaving = 'drop';
        this.stats.drops++;
        ws.terminate();
      } else {
        leaving = 'quit';
        this.stats.quits++;
        send('quit');
      }
    };
    const act = (): void => {
      const r = Math.random();
      const npc = room?.npcs[0];
      if (npc !== undefined && r < 0.35)
        send(pick(['attack', 'attack', 'shoot', 'cast']) + ` ${npc.id}`);
      else if (r < 0.65) send(pick(room?.exits ?? ['north']) ?? 'look');
      else if (r < 0.78) send(`say ${pick(SAYINGS)}`);
      else if (r < 0.84) send(`emote ${pick(EMOTES)}`);
      else if (r < 0.87) send(`gossip ${pick(SAYINGS)}`);
      else if (r < 0.92) send('quest');
      else if (r < 0.95) send('history');
      else send('look');
    };
    const think = (): void => {
      if (this.#stopped || leaving !== null) return;
      act();
      life.setTimeout(think, jitter(o.thinkMs), { unref: true });
    };
  }
}

function newKey(): string {
  return randomBytes(12).toString('base64url');
}
