/**
 * Projectiles and lingering effects, from ObjectPools: a busy fight fires many arrows and
 * fireballs a second, and none of them should cost an allocation or outlive its flight. In
 * flight they sit in a Set stepped by the world tick; on landing they go back to their pool.
 * The pools sit in the process-wide registry, so the monitor and dashboard show them.
 */
import { ObjectPool } from 'leakguard/pool';
import { capital, type Npc, type Player, type World } from './world.js';

export type ProjectileKind = 'arrow' | 'fireball';

export class Projectile {
  kind: ProjectileKind = 'arrow';
  shooter: Player | null = null;
  target: Npc | null = null;
  ticksLeft = 0;
  damage = 0;

  reset(): void {
    this.shooter = null;
    this.target = null;
    this.ticksLeft = 0;
    this.damage = 0;
  }
}

export class Effect {
  kind = 'burning';
  source: Player | null = null;
  target: Npc | null = null;
  ticksLeft = 0;
  damagePerTick = 0;

  reset(): void {
    this.source = null;
    this.target = null;
    this.ticksLeft = 0;
    this.damagePerTick = 0;
  }
}

export class Effects {
  readonly projectiles = new ObjectPool<Projectile>({
    name: 'arena.projectiles',
    create: () => new Projectile(),
    reset: (p) => p.reset(),
    maxSize: 10_000,
    leakAfterMs: 30_000,
    autoResize: true,
  });
  readonly effects = new ObjectPool<Effect>({
    name: 'arena.effects',
    create: () => new Effect(),
    reset: (e) => e.reset(),
    maxSize: 10_000,
    leakAfterMs: 30_000,
    autoResize: true,
  });
  readonly #flying = new Set<Projectile>();
  readonly #active = new Set<Effect>();
  readonly #world: World;

  constructor(world: World) {
    this.#world = world;
    world.scope.connect(world.tick, () => this.#step());
    // LIFO: this runs before the world's signals are disposed; the pools go with the world.
    world.scope.add(() => this.dispose());
  }

  get flying(): number {
    return this.#flying.size;
  }

  launch(kind: ProjectileKind, shooter: Player, target: Npc, damage: number): void {
    const p = this.projectiles.acquire();
    p.kind = kind;
    p.shooter = shooter;
    p.target = target;
    p.damage = damage;
    p.ticksLeft = kind === 'arrow' ? 1 : 2;
    this.#flying.add(p);
    this.#world.toRoom(shooter.room, {
      t: 'line',
      kind: 'combat',
      text: `${shooter.name} ${kind === 'arrow' ? 'looses an arrow' : 'hurls a fireball'} at ${target.name}.`,
    });
  }

  #step(): void {
    for (const p of this.#flying) {
      if (--p.ticksLeft > 0) continue;
      this.#flying.delete(p);
      const { target, shooter } = p;
      if (target !== null && shooter !== null && target.alive) this.#land(p, target, shooter);
      this.projectiles.release(p);
    }
    for (const e of this.#active) {
      const target = e.target;
      if (target !== null && target.alive) {
        target.hp -= e.damagePerTick;
        this.#world.toRoom(target.room, {
          t: 'line',
          kind: 'combat',
          text: `${capital(target.name)} burns (${e.damagePerTick}).`,
        });
        if (target.hp <= 0) this.#world.killNpc(target, e.source);
      }
      if (--e.ticksLeft <= 0 || target === null || !target.alive) {
        this.#active.delete(e);
        this.effects.release(e);
      }
    }
  }

  #land(p: Projectile, target: Npc, shooter: Player): void {
    target.hp -= p.damage;
    target.target ??= shooter.room === target.room ? shooter : null;
    this.#world.toRoom(target.room, {
      t: 'line',
      kind: 'combat',
      text: `The ${p.kind} hits ${target.name} for ${p.damage}.`,
    });
    if (target.hp <= 0) {
      this.#world.killNpc(target, shooter);
      return;
    }
    if (p.kind === 'fireball') {
      const e = this.effects.acquire();
      e.source = shooter;
      e.target = target;
      e.ticksLeft = 3;
      e.damagePerTick = 2;
      this.#active.add(e);
    }
    this.#world.refresh(target.room);
  }

  /** Everything in flight goes back, then both pools are destroyed (and leave the registry). */
  dispose(): void {
    for (const p of this.#flying) this.projectiles.release(p);
    for (const e of this.#active) this.effects.release(e);
    this.#flying.clear();
    this.#active.clear();
    this.projectiles.destroy();
    this.effects.destroy();
  }
}
