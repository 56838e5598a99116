/**
 * Combat: attack (melee rounds on the world tick), shoot and cast (pooled projectiles), flee.
 *
 * A fight is a child scope in the keyed slot `fight` of the player's combat scope: starting
 * another fight disposes the previous one (`set` does that), moving or the target dying ends it
 * (`delete`), and the session's end ends it too — nowhere does a tick listener outlive its
 * fight. The shooting cooldown is a one-shot timer in the scope that leaves it when it fires.
 */
import type { Connection } from 'leakguard';
import type { Direction } from '../map.js';
import { capital, roll, type Npc, type Player, type PlayerService } from '../world.js';
import { serviceScope, type ServiceContext } from './context.js';

const COOLDOWN_MS = 1200;

export function attachCombat(ctx: ServiceContext, player: Player): PlayerService {
  const { world, effects } = ctx;
  const scope = serviceScope(ctx, player, 'combat');
  let cooldown: Connection | null = null;

  const stopFight = (): void => void scope.delete('fight');

  const fight = (npc: Npc): void => {
    const f = scope.set('fight', scope.child('fight'));
    npc.target ??= player;
    player.line('combat', `You attack ${npc.name}!`);
    f.connect(world.tick, () => {
      if (!npc.alive || npc.room !== player.room) return stopFight();
      const dmg = roll([1 + player.level, 3 + player.level * 2]);
      npc.hp -= dmg;
      player.line('combat', `You hit ${npc.name} for ${dmg}.`);
      if (npc.hp <= 0) {
        world.killNpc(npc, player);
        stopFight();
      } else world.refresh(npc.room);
    });
  };

  // Moving ends the fight; so does the target dying by someone else's hand.
  scope.connect(world.playerMoved, (p) => {
    if (p === player) stopFight();
  });

  const ranged = (kind: 'arrow' | 'fireball', args: string): void => {
    const npc = world.findNpc(player.room, args);
    if (npc === undefined) return player.line('error', 'No such target here.');
    if (cooldown?.connected) return player.line('error', 'Not so fast.');
    cooldown = scope.setTimeout(() => undefined, COOLDOWN_MS, { unref: true });
    const damage = kind === 'arrow' ? roll([3, 6]) : roll([2, 4]);
    effects.launch(kind, player, npc, damage);
  };

  return {
    commands: {
      attack: (args) => {
        const npc = world.findNpc(player.room, args);
        if (npc === undefined) return player.line('error', 'Attack what?');
        fight(npc);
      },
      kill: (args) => {
        const npc = world.findNpc(player.room, args);
        if (npc === undefined) return player.line('error', 'Kill what?');
        fight(npc);
      },
      shoot: (args) => ranged('arrow', args),
      cast: (args) => ranged('fireball', args),
      flee: () => {
        const exits = Object.keys(player.room.spec.exits) as Direction[];
        const dir = exits[Math.floor(Math.random() * exits.length)];
        const to = dir === undefined ? undefined : world.exitOf(player.room, dir);
        if (to === undefined) return player.line('error', 'There is nowhere to run!');
        player.line('combat', `You flee ${dir}!`);
        world.move(player, to, `flees ${dir}`);
      },
      consider: (args) => {
        const npc = world.findNpc(player.room, args);
        if (npc === undefined) return player.line('error', 'Consider what?');
        player.line('system', `${capital(npc.name)}: ${npc.hp}/${npc.template.hp} hp.`);
      },
    },
  };
}
