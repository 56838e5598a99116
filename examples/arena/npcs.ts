/**
 * NPCs: spawned on the world tick by room, each with its own AI subscription in its own scope
 * (a child of `world.npcs`), disposed when it dies — so a million NPCs over a server's life
 * leave nothing behind, and the world scope stays the size of what is alive.
 */
import type { Direction } from './map.js';
import { capital, roll, type Npc, type World } from './world.js';

export function startNpcs(world: World): void {
  world.scope.connect(world.tick, (tick) => {
    for (const room of world.rooms.values()) {
      for (const spawn of room.spec.spawns ?? []) {
        if (tick % spawn.everyTicks !== 0) continue;
        let live = 0;
        for (const n of room.npcs) if (n.template === spawn.template) live++;
        if (live < spawn.max) think(world, world.spawnNpc(spawn.template, room));
      }
    }
  });
}

/** The NPC's brain: one tick subscription owned by the NPC's scope. */
function think(world: World, npc: Npc): void {
  npc.scope.connect(world.tick, (tick) => {
    const room = npc.room;
    const target = npc.target;
    if (target !== null && (target.room !== room || !world.players.has(target.name)))
      npc.target = null;
    if (npc.target === null && npc.template.aggressive) {
      for (const p of room.players) {
        npc.target = p;
        p.line('combat', `${capital(npc.name)} attacks you!`);
        break;
      }
    }
    const victim = npc.target;
    if (victim !== null) {
      if (tick % 2 !== 0) return; // NPCs strike every other tick
      const dmg = roll(npc.template.damage);
      victim.hp -= dmg;
      victim.line('combat', `${capital(npc.name)} hits you for ${dmg}.`);
      victim.send({ t: 'stats', player: victim.view() });
      if (victim.hp <= 0) {
        npc.target = null;
        world.killPlayer(victim, npc.name);
      }
      return;
    }
    if (npc.template.wander > 0 && Math.random() < npc.template.wander) {
      const exits = Object.keys(room.spec.exits) as Direction[];
      const dir = exits[Math.floor(Math.random() * exits.length)];
      const to = dir === undefined ? undefined : world.exitOf(room, dir);
      if (to === undefined) return;
      room.npcs.delete(npc);
      world.toRoom(room, { t: 'line', kind: 'move', text: `${capital(npc.name)} slinks ${dir}.` });
      world.refresh(room);
      npc.room = to;
      to.npcs.add(npc);
      world.toRoom(to, { t: 'line', kind: 'move', text: `${capital(npc.name)} slinks in.` });
      world.refresh(to);
    }
  });
}
