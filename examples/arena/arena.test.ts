/**
 * End to end: the built arena in a child process, real WebSocket players on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { ServerEvent } from './protocol.js';
import {
  cleanup,
  connectPlayer,
  line,
  startArenaProcess,
  type ArenaProcess,
} from './support/harness.js';

let arena: ArenaProcess;

beforeAll(async () => {
  arena = await startArenaProcess([
    '--bots',
    '0',
    '--tick-ms',
    '100',
    '--reconnect-window-ms',
    '10000',
  ]);
});
afterAll(cleanup);

const inRoom = (id: string) => (e: ServerEvent) => e.t === 'room' && e.room.id === id;

describe('arena end to end', () => {
  it('serves the game page and a health check', async () => {
    const page = await fetch(arena.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<script src="app.js">');
    const health = (await (await fetch(`${arena.url}healthz`)).json()) as { ok: boolean };
    expect(health.ok).toBe(true);
  });

  it('plays a short script: move, say, emote, fight, quest', async () => {
    const alice = await connectPlayer(arena.port, 'alice', 'alice-key-0001');
    const bob = await connectPlayer(arena.port, 'bob', 'bob-key-00001');
    await alice.waitFor((e) => e.t === 'welcome' && e.player.name === 'alice' && !e.resumed);
    await bob.waitFor(inRoom('square'));
    await alice.waitFor(line(/^bob arrives\.$/));

    alice.send('say hello bob');
    await bob.waitFor(
      (e) => e.t === 'line' && e.kind === 'say' && e.text === 'alice says: hello bob',
    );
    bob.send(':waves');
    await alice.waitFor((e) => e.t === 'line' && e.kind === 'emote' && e.text === 'bob waves');

    const mark = bob.events.length;
    bob.send('east');
    await bob.waitFor(inRoom('gate'), 5000, mark);
    await alice.waitFor(line(/^bob leaves east\.$/));
    bob.send('say anyone?'); // alice is in another room now: she must not hear it
    await bob.waitFor(line(/^bob says: anyone\?$/), 5000, mark);

    // Down to the cellar, where rats spawn on a timer, and fight one to the death.
    alice.send('south');
    await alice.waitFor(inRoom('tavern'));
    alice.send('down');
    const rats = await alice.waitFor(
      (e) => e.t === 'room' && e.room.id === 'cellar' && e.room.npcs.length > 0,
      8000,
    );
    expect(rats.t === 'room' && rats.room.npcs[0]?.name).toBe('a sewer rat');
    alice.send('shoot rat');
    await alice.waitFor(line(/^alice looses an arrow at a sewer rat\.$/));
    alice.send('attack rat');
    await alice.waitFor(line(/^You attack a sewer rat!$/));
    await alice.waitFor(line(/^A sewer rat dies\.$/), 8000);
    await alice.waitFor(
      (e) => e.t === 'line' && e.kind === 'quest' && /Rat Problem: 1\/3/.test(e.text),
    );
    expect(alice.lines().some((l) => l.startsWith('You hit a sewer rat for'))).toBe(true);
    expect(alice.lines()).not.toContain('bob says: anyone?');

    alice.send('quit');
    expect((await alice.closed).code).toBe(4000);
    // The kick ends alice's session (and removes her) before her close frame is even written.
    bob.send('who');
    await bob.waitFor(line(/^1 in the arena: bob$/));
    // She left from the cellar: only that room hears it, and bob is at the gate.
    expect(bob.lines()).not.toContain('alice leaves the arena.');
    bob.ws.close();
  }, 30_000);

  it('keeps what a dropped player missed and delivers it, in order, when it comes back', async () => {
    const carol = await connectPlayer(arena.port, 'carol', 'carol-key-0001');
    const first = await connectPlayer(arena.port, 'dave', 'dave-key-00001');
    await carol.waitFor(line(/^dave arrives\.$/));
    await first.waitFor(inRoom('square'));
    first.ws.terminate(); // the network drops, no close handshake
    await carol.waitFor(line(/^dave's eyes glaze over\.$/));

    carol.send('say you missed this');
    carol.send('tell dave psst, the goblins are in the cave');
    carol.send(':dances');
    await carol.waitFor(line(/^carol dances$/));

    const dave = await connectPlayer(arena.port, 'dave', 'dave-key-00001');
    await dave.waitFor((e) => e.t === 'welcome' && e.resumed);
    await carol.waitFor(line(/^dave snaps back\.$/));
    const texts = dave.lines();
    const said = texts.indexOf('carol says: you missed this');
    const told = texts.indexOf('carol tells you: psst, the goblins are in the cave');
    const danced = texts.indexOf('carol dances');
    expect(said).toBe(0); // the first thing it gets back is the first thing it missed
    expect(told).toBe(said + 1);
    expect(danced).toBe(told + 1);
    // Missed messages are flushed before the session is announced as resumed.
    const welcome = dave.events.findIndex((e) => e.t === 'welcome');
    const dancedAt = dave.events.findIndex((e) => e.t === 'line' && e.text === 'carol dances');
    expect(welcome).toBeGreaterThan(dancedAt);
    // Nothing lost across the drop: the player's sequence runs on without a gap.
    const seqs = [...first.events, ...dave.events].map((e) => e.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    carol.ws.close();
    dave.ws.close();
  });

  it('tells a player whose commands pass the rate limit that the rest are ignored', async () => {
    const fast = await connectPlayer(arena.port, 'fast', 'fast-key-00001');
    await fast.waitFor((e) => e.t === 'welcome');
    const warning = (e: ServerEvent): boolean =>
      e.t === 'line' && e.kind === 'error' && /too fast/.test(e.text);
    for (let i = 0; i < 300; i++) fast.send('score');
    const w = await fast.waitFor(warning);
    expect(w.t === 'line' && w.text).toMatch(/^You are sending commands too fast: .* ignored/);
    await new Promise((r) => setTimeout(r, 200)); // the bucket refills (100 a second)
    fast.send('who'); // answered in order after what went before: every answer has arrived
    await fast.waitFor(line(/in the arena:/), 5000);
    // Told once for the burst, not once per ignored command; the player stays connected.
    expect(fast.events.filter(warning)).toHaveLength(1);
    expect(fast.ws.readyState).toBe(WebSocket.OPEN);
    fast.ws.close();
  });

  it('answers what is not a command with an error line; marks the rooms a player looks at', async () => {
    const frank = await connectPlayer(arena.port, 'frank', 'frank-key-0001');
    await frank.waitFor((e) => e.t === 'welcome');
    const notACommand = (e: ServerEvent): boolean =>
      e.t === 'line' && e.kind === 'error' && e.text.includes('{"t":"cmd","text":"look"}');
    for (const frame of ['look', '{"t":"chat","text":"hi"}', '42']) {
      const mark = frank.events.length;
      frank.ws.send(frame); // raw, as typed into a generic WebSocket client
      await frank.waitFor(notACommand, 5000, mark);
    }
    // `look` sends the room marked as looked at; a change someone else causes (here: gus's
    // connection drops, so his eyes glaze over) only refreshes it.
    let mark = frank.events.length;
    frank.send('look');
    await frank.waitFor((e) => e.t === 'room' && e.look && e.room.id === 'square', 5000, mark);
    const gus = await connectPlayer(arena.port, 'gus', 'gus-key-000001');
    await frank.waitFor(line(/^gus arrives\.$/), 5000, mark);
    mark = frank.events.length;
    gus.ws.close();
    await frank.waitFor(line(/^gus's eyes glaze over\.$/), 5000, mark);
    const update = await frank.waitFor((e) => e.t === 'room', 5000, mark);
    expect(update.t === 'room' && update.look).toBe(false);
    frank.ws.close();
  });

  it('refuses a name held by another player (401 before the upgrade)', async () => {
    const erin = await connectPlayer(arena.port, 'erin', 'erin-key-00001');
    await erin.waitFor((e) => e.t === 'welcome');
    const thief = new WebSocket(`ws://127.0.0.1:${arena.port}/play?name=erin&key=not-erins-key`);
    thief.on('error', () => undefined); // terminate() during the handshake reports an error
    const status = await new Promise<number>((resolve) =>
      thief.once('unexpected-response', (_req, res) => {
        resolve(res.statusCode ?? 0);
        thief.terminate();
      }),
    );
    expect(status).toBe(401);
    erin.ws.close();
  });
});
