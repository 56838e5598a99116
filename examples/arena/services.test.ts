/**
 * The player services in-process, no sockets: a test to copy for your own services.
 *
 * `trackScopes()` records every leakguard Scope created during each test and, after it,
 * fails the test if one was never disposed — naming the line that created it. Here it checks
 * the arena's ownership rule: everything a player's services make lives in the player's
 * session scope, so when the player leaves (the SessionManager disposes that scope) nothing of
 * theirs is left. The second test shows what it reports when a service breaks the rule.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConnectionManager } from 'leakguard';
import type { Session } from 'leakguard/realtime';
import { expectNoHeapGrowth, trackScopes } from 'leakguard/testing';
import { dispatch } from './commands.js';
import { Effects } from './effects.js';
import type { OutgoingEvent } from './protocol.js';
import { attachChat, transcriptLines } from './services/chat.js';
import { attachCombat } from './services/combat.js';
import type { ServiceContext } from './services/context.js';
import { attachQuests } from './services/quests.js';
import { World } from './world.js';

const scopes = trackScopes({ beforeEach, afterEach });

/** A world with no tick running, and players joining it the way startArena joins them. */
function arena({ leaky = false } = {}) {
  const manager = new ConnectionManager({ siteThreshold: false });
  const world = new World({ manager, tickMs: 1000, signalLeakThreshold: 0, log: () => {} });
  const ctx: ServiceContext = {
    manager,
    world,
    effects: new Effects(world),
    leaky,
    questReminderMs: 60_000,
  };

  function join(name: string) {
    // What the arena uses of a realtime Session: its player id, its scope and send(). The
    // SessionManager makes the scope the same way (owner = the player) and disposes it when
    // the session ends, however it ends.
    const sent: OutgoingEvent[] = [];
    const session = {
      playerId: name,
      scope: manager.scope({ service: 'realtime', owner: name, name: `session ${name}` }),
      send: (e: OutgoingEvent) => void sent.push(e),
    } as unknown as Session;
    const player = world.addPlayer(session);
    player.services.push(
      attachChat(ctx, player),
      attachCombat(ctx, player),
      attachQuests(ctx, player),
    );
    world.enter(player);
    return {
      player,
      /** Text of the lines it was sent. */
      lines: () => sent.flatMap((e) => (e.t === 'line' ? [e.text] : [])),
      /** Drops the recorded events (heap tests: the record itself would grow). */
      forget: () => void (sent.length = 0),
      command: (text: string) =>
        dispatch(world, player, { t: 'cmd', text }, () => {
          throw new Error('quit is the SessionManager’s business');
        }),
      /** What `sessions.ended` does in startArena, then what the SessionManager does. */
      leave: () => {
        world.removePlayer(player);
        session.scope.dispose();
      },
    };
  }
  return { manager, world, join };
}

/** Names of the scopes not disposed yet, sorted. */
const alive = (): string[] =>
  scopes
    .undisposed()
    .map((s) => s.name ?? '?')
    .sort();

/** `a` without one occurrence of each element of `b` (a multiset difference). */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const rest = [...b];
  return a.filter((x) => {
    const i = rest.indexOf(x);
    if (i >= 0) rest.splice(i, 1);
    return i < 0;
  });
}

describe('player services', () => {
  it('leave nothing behind when their player leaves', () => {
    const { manager, world, join } = arena();
    const ann = join('ann');
    const bob = join('bob');
    ann.command('say hello');
    expect(bob.lines()).toContain('ann says: hello');
    ann.command('east'); // chat: the room channel's keyed slot swaps the square for the gate
    ann.command('west');
    ann.command('say back again');
    expect(bob.lines()).toContain('ann says: back again');
    expect(bob.lines().filter((l) => l === 'ann says: back again')).toHaveLength(1);

    const before = alive();
    ann.leave();
    // Exactly ann's session and her three services went, and nothing else.
    const after = alive();
    expect(minus(before, after)).toEqual(['chat', 'combat', 'quests', 'session ann']);
    expect(minus(after, before)).toEqual([]);
    // …and so did her subscriptions: she hears nothing more.
    const heard = ann.lines().length;
    bob.command('say anyone?');
    expect(bob.lines()).toContain('bob says: anyone?');
    expect(ann.lines()).toHaveLength(heard);

    bob.leave();
    world.dispose();
    expect(manager.stats().live).toBe(0);
    scopes.assertAllDisposed(); // afterEach does this too; here it is explicit
  });

  it('report the leak when a service subscribes outside its player (--leaky chat)', () => {
    const { manager, world, join } = arena({ leaky: true });
    const world0 = alive(); // the world's own scopes (world, NPCs, effect pools)
    const ann = join('ann');
    ann.command('east');
    ann.command('west');
    ann.leave();
    // The player is gone, but the chat service's long-lived scope still holds her three room
    // channels (square, gate, square), and trackScopes names the line that made it.
    expect(minus(alive(), world0)).toEqual(['chat']);
    expect(scopes.undisposed().find((s) => s.name === 'chat')).toMatchObject({
      size: 3,
      site: expect.stringMatching(/^examples\/arena\/services\/chat\.ts:\d+:\d+$/),
    });
    world.dispose();
    expect(() => scopes.assertAllDisposed()).toThrow(
      expect.objectContaining({
        code: 'LEAKGUARD_SCOPES_NOT_DISPOSED',
        message: expect.stringMatching(
          /^1 scope was created and never disposed:\n {2}- "chat" created at examples\/arena\/services\/chat\.ts:\d+/,
        ),
      }),
    );
    manager.disposeAll(); // let go of the leak, so the next test starts clean
  });

  it('keep no data per line said: a chat round costs no retained memory (expectNoHeapGrowth)', async () => {
    const { world, join } = arena();
    const ann = join('ann');
    const bob = join('bob');
    let n = 0;
    // Each iteration says 200 lines; the scrollback is a fixed ring, so nothing accumulates.
    let heard = '';
    await expectNoHeapGrowth(() => {
      for (let i = 0; i < 200; i++) ann.command(`say line ${n++} ${'.'.repeat(40)}`);
      heard = bob.lines().at(-1) ?? '';
      ann.forget(); // what the test records of the lines is not the server's memory
      bob.forget();
    });
    expect(heard).toMatch(/^ann says: line \d+/);
    ann.leave();
    bob.leave();
    world.dispose();
  }, 60_000);

  it('--leaky keeps a transcript of every line forever, and expectNoHeapGrowth names chat.ts', async () => {
    const { manager, world, join } = arena({ leaky: true });
    const ann = join('ann');
    const bob = join('bob');
    let n = 0;
    const before = transcriptLines();
    const failure = await expectNoHeapGrowth(() => {
      for (let i = 0; i < 200; i++) ann.command(`say line ${n++} ${'.'.repeat(40)}`);
      ann.forget();
      bob.forget();
    }).catch((e: unknown) => e);
    expect(failure).toMatchObject({
      code: 'LEAKGUARD_HEAP_GROWTH',
      // The site is the function that made what is retained (V8 names functions, not lines);
      // under vitest's transform V8 sees the transformed positions, so only the file is exact.
      message: expect.stringMatching(/\(examples\/arena\/services\/chat\.ts:\d+:\d+\)/),
    });
    ann.leave();
    bob.leave();
    expect(transcriptLines() - before).toBeGreaterThan(2 * 200 * 20); // both heard every line; kept
    world.dispose();
    manager.disposeAll(); // the leaked chat channels (the other leak) go with the test
  }, 60_000);
});
