/**
 * The arena's map: rooms joined by exits, and which NPCs each room spawns. Data only.
 */

export type Direction = 'north' | 'south' | 'east' | 'west' | 'up' | 'down';

export const DIRECTIONS: Record<string, Direction> = {
  n: 'north',
  north: 'north',
  s: 'south',
  south: 'south',
  e: 'east',
  east: 'east',
  w: 'west',
  west: 'west',
  u: 'up',
  up: 'up',
  d: 'down',
  down: 'down',
};

export interface NpcTemplate {
  kind: string;
  name: string;
  hp: number;
  /** Damage per combat round, as [min, max]. */
  damage: [number, number];
  xp: number;
  /** Attacks players who enter or stand in its room. */
  aggressive: boolean;
  /** Chance per tick to wander through a random exit (0..1). */
  wander: number;
}

export interface RoomSpec {
  id: string;
  name: string;
  description: string;
  exits: Partial<Record<Direction, string>>;
  /** NPCs spawned here: one every `everyTicks` world ticks while fewer than `max` live. */
  spawns?: { template: NpcTemplate; max: number; everyTicks: number }[];
}

const rat: NpcTemplate = {
  kind: 'rat',
  name: 'a sewer rat',
  hp: 8,
  damage: [1, 2],
  xp: 5,
  aggressive: false,
  wander: 0,
};
const wolf: NpcTemplate = {
  kind: 'wolf',
  name: 'a grey wolf',
  hp: 18,
  damage: [2, 4],
  xp: 15,
  aggressive: true,
  wander: 0.05,
};
const goblin: NpcTemplate = {
  kind: 'goblin',
  name: 'a goblin raider',
  hp: 26,
  damage: [3, 5],
  xp: 30,
  aggressive: true,
  wander: 0,
};
const thief: NpcTemplate = {
  kind: 'thief',
  name: 'a shifty cutpurse',
  hp: 14,
  damage: [1, 3],
  xp: 10,
  aggressive: false,
  wander: 0.1,
};

export const START_ROOM = 'square';

export const ROOMS: RoomSpec[] = [
  {
    id: 'square',
    name: 'Town Square',
    description: 'A cobbled square around a dry fountain. Everyone passes through here.',
    exits: { north: 'market', east: 'gate', south: 'tavern', west: 'temple' },
  },
  {
    id: 'market',
    name: 'Market Street',
    description: 'Empty stalls and the smell of old fish. An alley leads east.',
    exits: { south: 'square', east: 'alley' },
  },
  {
    id: 'alley',
    name: 'Dark Alley',
    description: 'Narrow, damp, and not as empty as it looks.',
    exits: { west: 'market' },
    spawns: [{ template: thief, max: 1, everyTicks: 30 }],
  },
  {
    id: 'tavern',
    name: 'The Leaky Bucket Tavern',
    description: 'Warm, loud, sticky floors. A trapdoor leads down to the cellar.',
    exits: { north: 'square', down: 'cellar' },
  },
  {
    id: 'cellar',
    name: 'Tavern Cellar',
    description: 'Barrels, cobwebs, and a great deal of squeaking.',
    exits: { up: 'tavern' },
    spawns: [{ template: rat, max: 3, everyTicks: 8 }],
  },
  {
    id: 'temple',
    name: 'Temple of the Tidy Heap',
    description: 'Quiet halls where priests sweep away what nobody holds any more.',
    exits: { east: 'square' },
  },
  {
    id: 'gate',
    name: 'East Gate',
    description: 'The town wall opens onto a dusty road.',
    exits: { west: 'square', east: 'road' },
  },
  {
    id: 'road',
    name: 'Dusty Road',
    description: 'A road between fields. Howling comes from the forest to the east.',
    exits: { west: 'gate', east: 'forest' },
  },
  {
    id: 'forest',
    name: 'Old Forest',
    description: 'Tall pines, soft needles underfoot. A cave mouth gapes to the north.',
    exits: { west: 'road', north: 'cave' },
    spawns: [{ template: wolf, max: 2, everyTicks: 12 }],
  },
  {
    id: 'cave',
    name: 'Goblin Cave',
    description: 'Smoke, bones and crude drawings of very large goblins.',
    exits: { south: 'forest' },
    spawns: [{ template: goblin, max: 2, everyTicks: 20 }],
  },
];
