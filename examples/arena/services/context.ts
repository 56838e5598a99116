import type { ConnectionManager, Scope } from 'leakguard';
import type { Effects } from '../effects.js';
import type { Player, World } from '../world.js';

/** The services each player gets; their connections should all end with the player. */
export const PLAYER_SERVICES = ['chat', 'combat', 'quests'] as const;
export type PlayerServiceName = (typeof PLAYER_SERVICES)[number];

/** What per-player services are built from. */
export interface ServiceContext {
  manager: ConnectionManager;
  world: World;
  effects: Effects;
  /** Switches on the deliberately leaking room channel in the chat service (`--leaky`). */
  leaky: boolean;
  /** Period of the quest reminder (ms). */
  questReminderMs: number;
}

/**
 * The scope of one service for one player: its own service name and the player as owner (so
 * `manager.disposeOwner(name)` and `disposeService('chat')` reach it and the dashboard counts it
 * per service), ending with the player's session — `add` makes it a child of the session scope.
 */
export function serviceScope(
  ctx: ServiceContext,
  player: Player,
  service: PlayerServiceName,
): Scope {
  return player.scope.add(ctx.manager.scope({ service, owner: player.name, name: service }));
}
