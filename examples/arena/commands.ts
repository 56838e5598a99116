/**
 * Command dispatch: the core verbs (look, movement, who, score, help, quit) plus whatever the
 * player's services offer. Input comes from the SessionManager's `message` signal, already
 * JSON-parsed and rate-limited; anything that is not a `{ t: 'cmd', text }` is answered with the
 * NOT_A_COMMAND error line rather than thrown — and so is a frame that is not JSON at all (the
 * `malformed` signal, wired in arena.ts), such as `look` typed into a generic WebSocket client.
 */
import { DIRECTIONS } from './map.js';
import type { Player, World } from './world.js';

const HELP = [
  'Commands:',
  '  look (l) · north/south/east/west/up/down (n s e w u d) · who · score · quest · help · quit',
  "  say <text> (') · emote <text> (:) · gossip <text> · tell <name> <text> · history",
  '  attack <npc> · shoot <npc> · cast <npc> · flee · consider <npc>',
].join('\n');

const MAX_LINE = 500;

/** The answer to a frame that is not a command: says what one looks like. */
export const NOT_A_COMMAND = 'Not a command: send JSON like {"t":"cmd","text":"look"}.';

export function dispatch(
  world: World,
  player: Player,
  msg: unknown,
  quit: (p: Player) => void,
): void {
  if (typeof msg !== 'object' || msg === null || (msg as { t?: unknown }).t !== 'cmd')
    return player.line('error', NOT_A_COMMAND);
  const raw = (msg as { text?: unknown }).text;
  if (typeof raw !== 'string') return player.line('error', NOT_A_COMMAND);
  let text = raw.trim().slice(0, MAX_LINE);
  if (text === '') return;
  // Shorthands that need no space: 'hello → say hello, :waves → emote waves.
  if (text.startsWith("'") || text.startsWith(':')) text = `${text[0]} ${text.slice(1)}`;
  const space = text.indexOf(' ');
  const verb = (space < 0 ? text : text.slice(0, space)).toLowerCase();
  const args = space < 0 ? '' : text.slice(space + 1);

  const dir =
    DIRECTIONS[verb] ?? (verb === 'go' ? DIRECTIONS[args.trim().toLowerCase()] : undefined);
  if (dir !== undefined) {
    const to = world.exitOf(player.room, dir);
    if (to === undefined) return player.line('error', 'You cannot go that way.');
    world.move(player, to, `leaves ${dir}`);
    return;
  }
  switch (verb) {
    case 'look':
    case 'l':
      return world.look(player);
    case 'who': {
      const names = [...world.players.values()].map((p) => (p.away ? `${p.name} (away)` : p.name));
      return player.line('system', `${names.length} in the arena: ${names.join(', ')}`);
    }
    case 'score':
    case 'stats':
      return player.send({ t: 'stats', player: player.view() });
    case 'help':
      return player.line('system', HELP);
    case 'quit':
      player.line('system', 'Goodbye.');
      return quit(player);
  }
  for (const service of player.services) {
    // Own properties only: "constructor" or "toString" are not commands.
    const handler = Object.hasOwn(service.commands, verb) ? service.commands[verb] : undefined;
    if (handler !== undefined) return handler(args);
  }
  player.line('error', `Unknown command "${verb}". Type help.`);
}
