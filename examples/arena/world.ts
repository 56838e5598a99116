/**
 * The world: rooms, players, NPCs and the tick that drives them.
 *
 * Ownership, which is the point of this example:
 * - the world's own listeners and timers live in `world.scope` (service `world`), disposed with
 *   the world;
 * - a player's everything lives in its session's scope (see services/), disposed by the
 *   SessionManager when the session ends — however it ends;
 * - every NPC has a child scope of `world.npcs`, disposed when it dies.
 * Signals are global (one per world): whoever connects to one hands the Connection to a scope
 * that ends no later than the listener's reason to exist.
 */
import { Signal, type ConnectionManager, type Scope } from 'leakguard';
import type { InstanceCounter } from 'leakguard/monitor';
import type { Session } from 'leakguard/realtime';
import { ROOMS, START_ROOM, type Direction, type NpcTemplate, type RoomSpec } from './map.js';
import type { LineKind, OutgoingEvent, PlayerView, RoomView } from './protocol.js';

/** A line said or emoted in a room; the room channel of every player's chat service sees it. */
export interface ChatLine {
  room: string;
  kind: 'say' | 'emote';
  from: string;
  text: string;
}

export interface Room {
  readonly spec: RoomSpec;
  readonly id: string;
  readonly players: Set<Player>;
  readonly npcs: Set<Npc>;
}

/** What a per-player service offers the command dispatcher. */
export interface PlayerService {
  /** Verb → handler (the rest of the line as `args`). */
  readonly commands: Record<string, (args: string) => void>;
}

export class Player {
  readonly name: string;
  session: Session;
  room: Room;
  hp = 30;
  maxHp = 30;
  xp = 0;
  level = 1;
  kills = 0;
  quest: string | null = null;
  /** Connection lost, waiting for the player within the reconnect window ("link-dead"). */
  away = false;
  readonly services: PlayerService[] = [];
  #seq = 0;

  constructor(name: string, session: Session, room: Room) {
    this.name = name;
    this.session = session;
    this.room = room;
  }

  /** The player's lifetime: the session scope (disposed when the session ends). */
  get scope(): Scope {
    return this.session.scope;
  }

  /** Sends an event; while the player is away it waits in the session's outbox. */
  send(event: OutgoingEvent): void {
    this.session.send({ ...event, seq: ++this.#seq });
  }

  line(kind: LineKind, text: string, from?: string): void {
    this.send(from === undefined ? { t: 'line', kind, text } : { t: 'line', kind, text, from });
  }

  view(): PlayerView {
    const { name, hp, maxHp, xp, level, kills, quest } = this;
    return { name, hp, maxHp, xp, level, kills, quest };
  }
}

export class Npc {
  readonly id: number;
  readonly template: NpcTemplate;
  hp: number;
  room: Room;
  /** The player it fights, if any. */
  target: Player | null = null;
  alive = true;
  /** Its AI's tick subscription; disposed when it dies. */
  readonly scope: Scope;

  constructor(id: number, template: NpcTemplate, room: Room, scope: Scope) {
    this.id = id;
    this.template = template;
    this.hp = template.hp;
    this.room = room;
    this.scope = scope;
  }

  get name(): string {
    return this.template.name;
  }
}

export interface WorldOptions {
  manager: ConnectionManager;
  /** Period of the world tick (ms). */
  tickMs: number;
  instances?: InstanceCounter;
  /** Listeners on one world signal above which the signal warns (0 = off). */
  signalLeakThreshold: number;
  log: (line: string) => void;
}

export class World {
  /** The world's own lifetime (service `world`). */
  readonly scope: Scope;
  /** NPCs' scopes are children of this one. */
  readonly npcs: Scope;
  readonly tick: Signal<[number]>;
  readonly roomChat: Signal<[ChatLine]>;
  readonly gossip: Signal<[string, string]>;
  readonly npcKilled: Signal<[Npc, Player | null]>;
  /** (player, from, to): fired after a player changed rooms (from is null on entering). */
  readonly playerMoved: Signal<[Player, Room | null, Room]>;
  readonly rooms = new Map<string, Room>();
  readonly players = new Map<string, Player>();
  ticks = 0;
  readonly #o: WorldOptions;
  #nextNpcId = 1;

  constructor(options: WorldOptions) {
    this.#o = options;
    this.scope = options.manager.scope({ service: 'world', name: 'world' });
    this.npcs = this.scope.child('npcs');
    const onLeak = (i: { signal: string; listeners: number; threshold: number }): void =>
      options.log(`signal "${i.signal}" has ${i.listeners} listeners (threshold ${i.threshold})`);
    const signal = <A extends unknown[]>(name: string): Signal<A> =>
      // Each signal is disposed with the world (disconnecting whatever is still connected).
      this.scope.add(new Signal<A>({ name, maxListeners: options.signalLeakThreshold, onLeak }));
    this.tick = signal('world tick');
    this.roomChat = signal('room chat');
    this.gossip = signal('gossip');
    this.npcKilled = signal('npc killed');
    this.playerMoved = signal('player moved');
    for (const spec of ROOMS)
      this.rooms.set(spec.id, { spec, id: spec.id, players: new Set(), npcs: new Set() });
  }

  /** Starts the tick (unref'd: the world never holds the process open by itself). */
  start(): void {
    this.scope.setInterval(() => this.#step(), this.#o.tickMs, {
      unref: true,
      description: 'world tick',
    });
  }

  #step(): void {
    this.ticks++;
    this.tick.fire(this.ticks);
  }

  room(id: string): Room {
    const r = this.rooms.get(id);
    if (r === undefined) throw new Error(`No room ${id}`);
    return r;
  }

  addPlayer(session: Session): Player {
    const p = new Player(String(session.playerId), session, this.room(START_ROOM));
    this.#o.instances?.track(p, 'Player');
    this.players.set(p.name, p);
    return p;
  }

  /** Puts a player in the world (after its services are attached, so they see the move). */
  enter(p: Player): void {
    p.room.players.add(p);
    this.toRoom(p.room, { t: 'line', kind: 'move', text: `${p.name} arrives.` }, p);
    this.playerMoved.fire(p, null, p.room);
    this.look(p);
  }

  removePlayer(p: Player): void {
    if (this.players.get(p.name) !== p) return;
    this.players.delete(p.name);
    p.room.players.delete(p);
    for (const npc of p.room.npcs) if (npc.target === p) npc.target = null;
    this.toRoom(p.room, { t: 'line', kind: 'move', text: `${p.name} leaves the arena.` });
  }

  move(p: Player, to: Room, how = 'leaves'): void {
    const from = p.room;
    from.players.delete(p);
    for (const npc of from.npcs) if (npc.target === p) npc.target = null;
    this.toRoom(from, { t: 'line', kind: 'move', text: `${p.name} ${how}.` });
    p.room = to;
    to.players.add(p);
    this.toRoom(to, { t: 'line', kind: 'move', text: `${p.name} arrives.` }, p);
    this.playerMoved.fire(p, from, to);
    this.look(p);
    for (const npc of to.npcs)
      if (npc.template.aggressive && npc.target === null) {
        npc.target = p;
        p.line('combat', `${npc.name} snarls and attacks you!`);
      }
  }

  exitOf(room: Room, dir: Direction): Room | undefined {
    const id = room.spec.exits[dir];
    return id === undefined ? undefined : this.rooms.get(id);
  }

  toRoom(room: Room, event: OutgoingEvent, except?: Player): void {
    for (const p of room.players) if (p !== except) p.send(event);
  }

  view(room: Room): RoomView {
    return {
      id: room.id,
      name: room.spec.name,
      description: room.spec.description,
      exits: Object.keys(room.spec.exits),
      players: [...room.players].map((p) => ({ name: p.name, away: p.away })),
      npcs: [...room.npcs].map((n) => ({
        id: n.id,
        name: n.name,
        hp: n.hp,
        maxHp: n.template.hp,
      })),
    };
  }

  look(p: Player): void {
    p.send({ t: 'room', room: this.view(p.room), look: true });
  }

  /** Sends every player in the room its current view (after NPCs or players changed). */
  refresh(room: Room): void {
    if (room.players.size === 0) return;
    const view = this.view(room);
    for (const p of room.players) p.send({ t: 'room', room: view, look: false });
  }

  findNpc(room: Room, word: string): Npc | undefined {
    const w = word.trim().toLowerCase();
    for (const n of room.npcs)
      if (w === '' || n.template.kind === w || String(n.id) === w || n.name.includes(w)) return n;
    return undefined;
  }

  spawnNpc(template: NpcTemplate, room: Room): Npc {
    const id = this.#nextNpcId++;
    const npc = new Npc(id, template, room, this.npcs.child(`npc#${id}`));
    this.#o.instances?.track(npc, 'Npc');
    room.npcs.add(npc);
    this.toRoom(room, { t: 'line', kind: 'move', text: `${capital(npc.name)} appears.` });
    this.refresh(room);
    return npc;
  }

  /** Kills an NPC: its scope (AI subscription) is disposed, quests and fights hear of it. */
  killNpc(npc: Npc, killer: Player | null): void {
    if (!npc.alive) return;
    npc.alive = false;
    npc.room.npcs.delete(npc);
    npc.scope.dispose();
    this.toRoom(npc.room, { t: 'line', kind: 'combat', text: `${capital(npc.name)} dies.` });
    if (killer !== null) {
      killer.kills++;
      gainXp(killer, npc.template.xp);
    }
    this.npcKilled.fire(npc, killer);
    this.refresh(npc.room);
  }

  /** The player drops to 0 hp: back to the temple, healed. */
  killPlayer(p: Player, by: string): void {
    p.line('combat', `${capital(by)} kills you! You wake up in the temple.`);
    p.hp = p.maxHp;
    this.move(p, this.room('temple'), 'collapses and fades away');
    p.send({ t: 'stats', player: p.view() });
  }

  dispose(): void {
    this.scope.dispose();
    this.players.clear();
    for (const r of this.rooms.values()) {
      r.players.clear();
      r.npcs.clear();
    }
  }
}

export function gainXp(p: Player, xp: number): void {
  p.xp += xp;
  while (p.xp >= p.level * 50) {
    p.level++;
    p.maxHp += 5;
    p.hp = p.maxHp;
    p.line('system', `You reach level ${p.level}!`);
  }
  p.send({ t: 'stats', player: p.view() });
}

export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function roll([min, max]: [number, number]): number {
  return min + Math.floor(Math.random() * (max - min + 1));
}
