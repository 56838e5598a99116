/**
 * Chat: say, emote, gossip, tell, history.
 *
 * The room channel follows the player: on every move it subscribes to the world's `roomChat`
 * signal for the new room. Done right, the subscription sits in a keyed slot of the player's
 * chat scope — `set()` disposes the previous room's subscription, and the session's end
 * disposes the last one.
 *
 * `--leaky` switches on the classic mistake instead: the subscription is made on the
 * long-lived service scope (`manager.service('chat')`) and never removed. Each stale
 * subscription keeps its scrollback, and all of them run on every line said anywhere. Someone
 * noticed the duplicate lines and added a "current channel" check instead of fixing the leak,
 * so players see nothing wrong — only memory, the trend alert and the leak-suspect site
 * (this file) on the dashboard show it.
 *
 * `--leaky` also has a data leak, the kind no listener count shows: every line a player hears
 * goes into a server-wide transcript per player name that nothing ever prunes, not even when
 * the player leaves (`recordTranscript`). `leakguard watch --heap` names that function.
 */
import type { Connection } from 'leakguard';
import type { ChatLine, Player, PlayerService, Room } from '../world.js';
import { serviceScope, type ServiceContext } from './context.js';

const SCROLLBACK = 200;

type Deliver = (line: ChatLine) => void;

/** The last lines heard, in a fixed ring (allocated up front). */
class Scrollback {
  readonly lines: (string | null)[];
  readonly size: number;
  next = 0;

  constructor(size = SCROLLBACK) {
    this.size = size;
    this.lines = new Array<string | null>(size).fill(null);
  }

  push(line: string): void {
    this.lines[this.next] = line;
    this.next = (this.next + 1) % this.size;
  }

  last(n: number): string[] {
    const out: string[] = [];
    for (let i = 1; i <= this.size && out.length < n; i++) {
      const l = this.lines[(this.next - i + this.size) % this.size];
      if (l !== null && l !== undefined) out.push(l);
    }
    return out.reverse();
  }
}

export function attachChat(ctx: ServiceContext, player: Player): PlayerService {
  const { world } = ctx;
  const scope = serviceScope(ctx, player, 'chat');
  const scrollback = new Scrollback();

  const deliver: Deliver = (line) => {
    const text =
      line.kind === 'say' ? `${line.from} says: ${line.text}` : `${line.from} ${line.text}`;
    scrollback.push(text);
    if (ctx.leaky) recordTranscript(player.name, text);
    player.line(line.kind, text, line.from);
  };

  const joinRoomChannel = (room: Room): void => {
    if (ctx.leaky) {
      leakyJoin(ctx, player, room, deliver);
      return;
    }
    scope.set(
      'room-channel',
      world.roomChat.connect((line) => {
        if (line.room === room.id) deliver(line);
      }),
    );
  };

  scope.connect(world.playerMoved, (p, _from, to) => {
    if (p === player) joinRoomChannel(to);
  });
  scope.connect(world.gossip, (from, text) =>
    player.line('gossip', `[gossip] ${from}: ${text}`, from),
  );

  const say = (args: string): void => {
    const text = args.trim();
    if (text === '') return player.line('error', 'Say what?');
    world.roomChat.fire({ room: player.room.id, kind: 'say', from: player.name, text });
  };
  const emote = (args: string): void => {
    const text = args.trim();
    if (text === '') return player.line('error', 'Emote what?');
    world.roomChat.fire({ room: player.room.id, kind: 'emote', from: player.name, text });
  };
  return {
    commands: {
      say,
      "'": say,
      emote,
      ':': emote,
      me: emote,
      gossip: (args) => {
        const text = args.trim();
        if (text === '') return player.line('error', 'Gossip what?');
        world.gossip.fire(player.name, text);
      },
      tell: (args) => {
        const [to = '', ...rest] = args.trim().split(/\s+/);
        const text = rest.join(' ');
        const target = world.players.get(to);
        if (target === undefined || text === '') return player.line('error', 'Tell whom what?');
        // Queued in the target's outbox if it is away: it gets the tell when it comes back.
        target.line('tell', `${player.name} tells you: ${text}`, player.name);
        player.line('tell', `You tell ${to}: ${text}`);
      },
      history: () => {
        const lines = scrollback.last(10);
        player.line('system', lines.length === 0 ? 'Nothing said here yet.' : lines.join('\n'));
      },
    },
  };
}

/**
 * THE LEAK (only with --leaky). Subscribes on the chat service's root scope, which lives as
 * long as the server, instead of the player's scope, and never disposes the previous room's
 * subscription. Compare with the keyed slot in `joinRoomChannel`. Each stale subscription
 * keeps its own scrollback and, through `deliver`, the Player (and so its ended Session).
 */
function leakyJoin(ctx: ServiceContext, player: Player, room: Room, deliver: Deliver): void {
  const archive = new Scrollback(LEAKY_ARCHIVE);
  const channel: Connection = ctx.manager
    .service('chat')
    .connect(ctx.world.roomChat, (line: ChatLine) => {
      if (line.room !== room.id) return;
      archive.push(`${line.from}: ${line.text}`);
      // The "fix" for duplicate lines: only the newest channel delivers. The old ones stay.
      if (newest.get(player) === channel) deliver(line);
    });
  newest.set(player, channel);
}

const LEAKY_ARCHIVE = 1000;

/**
 * THE DATA LEAK (only with --leaky): "for moderation", every line heard is kept per player
 * name, forever. A bounded fix: an `lru-cache` of recent transcripts, or the player's own
 * Scrollback, which dies with the player.
 */
const transcripts = new Map<string, string[]>();
function recordTranscript(name: string, text: string): void {
  let lines = transcripts.get(name);
  if (lines === undefined) transcripts.set(name, (lines = []));
  lines.push(`${new Date().toISOString()} ${text}`);
}

/** Lines held in all transcripts (for tests). */
export function transcriptLines(): number {
  let n = 0;
  for (const lines of transcripts.values()) n += lines.length;
  return n;
}
const newest = new WeakMap<Player, Connection>();
