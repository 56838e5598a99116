/**
 * Quests: a chain of kill quests. The kill counter listens to the world's `npcKilled` signal
 * and a reminder runs on an interval — both in the player's quests scope, so both end with the
 * session (the reminder is unref'd: it never holds the process open).
 */
import { gainXp, type Player, type PlayerService } from '../world.js';
import { serviceScope, type ServiceContext } from './context.js';

interface Quest {
  title: string;
  kind: string;
  count: number;
  where: string;
  xp: number;
}

const QUESTS: Quest[] = [
  { title: 'Rat Problem', kind: 'rat', count: 3, where: 'the tavern cellar', xp: 40 },
  { title: 'Wolf Pelts', kind: 'wolf', count: 2, where: 'the old forest', xp: 60 },
  { title: 'Goblin Raid', kind: 'goblin', count: 2, where: 'the goblin cave', xp: 120 },
  { title: 'Light Fingers', kind: 'thief', count: 1, where: 'a dark alley', xp: 50 },
];

export function attachQuests(ctx: ServiceContext, player: Player): PlayerService {
  const { world } = ctx;
  const scope = serviceScope(ctx, player, 'quests');
  let index = 0;
  let done = 0;

  const describe = (): string => {
    const q = QUESTS[index];
    return q === undefined
      ? 'You have done every quest. For now.'
      : `${q.title}: kill ${q.count} ${q.kind}${q.count > 1 ? 's' : ''} in ${q.where} (${done}/${q.count}).`;
  };
  const update = (): void => {
    const q = QUESTS[index];
    player.quest = q === undefined ? null : `${q.title} ${done}/${q.count}`;
    player.send({ t: 'stats', player: player.view() });
  };
  update();

  scope.connect(world.npcKilled, (npc, killer) => {
    const q = QUESTS[index];
    if (killer !== player || q === undefined || npc.template.kind !== q.kind) return;
    done++;
    if (done < q.count) {
      player.line('quest', `Quest ${q.title}: ${done}/${q.count}.`);
      update();
      return;
    }
    player.line('quest', `Quest complete: ${q.title}! (+${q.xp} xp)`);
    index++;
    done = 0;
    gainXp(player, q.xp);
    update();
    player.line('quest', `New quest — ${describe()}`);
  });

  scope.setInterval(() => player.line('quest', `Reminder — ${describe()}`), ctx.questReminderMs, {
    unref: true,
    description: 'quest reminder',
  });

  return {
    commands: {
      quest: () => player.line('quest', describe()),
      quests: () => player.line('quest', describe()),
    },
  };
}
