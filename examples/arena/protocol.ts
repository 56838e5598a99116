/**
 * The wire protocol between the arena and its clients (browser page, bots, tests). JSON text
 * frames. Clients send commands as text, the way MUD players type them; the server answers
 * with typed events. Every server event to a player carries `seq`, a per-player counter, so a
 * client that reconnects can see that what it missed arrived, in order.
 */

/** Client → server. */
export interface CommandMessage {
  t: 'cmd';
  /** A command line: `north`, `say hello`, `attack rat`, `shoot wolf`, `quest`, `quit`… */
  text: string;
}

export interface RoomView {
  id: string;
  name: string;
  description: string;
  exits: string[];
  players: { name: string; away: boolean }[];
  npcs: { id: number; name: string; hp: number; maxHp: number }[];
}

export interface PlayerView {
  name: string;
  hp: number;
  maxHp: number;
  xp: number;
  level: number;
  kills: number;
  quest: string | null;
}

/** Kinds of text lines, so clients can style them. */
export type LineKind =
  'system' | 'say' | 'emote' | 'gossip' | 'tell' | 'combat' | 'quest' | 'move' | 'error';

/** Server → client. */
export type ServerEvent =
  /** `node`: the fleet node that holds the player (`--nodes`), null for a single arena. */
  | { t: 'welcome'; seq: number; player: PlayerView; resumed: boolean; node: string | null }
  /**
   * The player's room. `look` is true when the player looked (the `look` command, or entering
   * the room): clients print it in the log. It is false for updates others cause (arrivals,
   * NPCs, fights), which only refresh the room view.
   */
  | { t: 'room'; seq: number; room: RoomView; look: boolean }
  | { t: 'line'; seq: number; kind: LineKind; text: string; from?: string }
  | { t: 'stats'; seq: number; player: PlayerView };

/** A server event before its `seq` is stamped. */
export type OutgoingEvent = ServerEvent extends infer E
  ? E extends { seq: number }
    ? Omit<E, 'seq'>
    : never
  : never;

/** Player names: what `authenticate` accepts (also the session's player id). */
export const NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{1,15}$/;
/** Reconnect keys: chosen by the client, proves it is the same player coming back. */
export const KEY_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
