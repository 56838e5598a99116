// Candidate X of issue #16 (src/scan/rules/entry.ts; scan-corpus/clean/README.md, "A second
// fresh batch and candidate X"): a listener an exported entry adds directly on its first
// parameter is not reported; the shapes next to it that still are. Synthetic code in the shape of
// plugin loaders (a function given the bot, player or server object), not copied from a corpus.
import { RuleTester } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, it } from 'vitest';
import { rules } from '../../src/eslint/index.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' },
});
const err = (n = 1) => Array.from({ length: n }, () => ({ messageId: 'finding' }));

tester.run('host entry (no-unmanaged-listener)', rules['no-unmanaged-listener'], {
  valid: [
    // module.exports = name, declared below; on the object and on what it holds
    `module.exports = inject
     function inject (bot, options) {
       bot.on('spawn', () => bot.look())
       bot._client.on('login', (p) => { bot.id = p.id })
     }`,
    // an anonymous function assigned to an export
    `module.exports.player = function (player, serv) { player.on('chat', (m) => serv.say(m)) }`,
    `exports.server = (serv, settings = {}) => { serv.on('tick', () => serv.step(settings)) }`,
    // ES exports
    `export function attach (room) { room.on('join', () => room.count++) }`,
    `export default function (app) { app.on('ready', () => app.log('up')) }`,
    `const plugin = (client) => { client.on('end', () => client.cleanup()) }
     export { plugin }`,
    `function entry (app) { app.on('close', () => app.log('bye')) }
     export default entry`,
  ],
  invalid: [
    // not the first parameter: what else the host hands in may outlive the object
    {
      code: `module.exports.player = function (player, serv) { serv.on('tick', () => player.step()) }`,
      errors: err(),
    },
    // the file calls the entry itself: it is a helper, maybe run per call
    {
      code: `export function watch (sock) { sock.on('close', () => {}) }
             export function handle (req) { watch(req.socket) }`,
      errors: err(),
    },
    // inside a loop or a nested callback of the entry: repeated per iteration or event
    {
      code: `module.exports = function (bot) { for (const w of bot.windows) bot.on('x', () => w.close()) }`,
      errors: err(),
    },
    {
      code: `module.exports = function (bot) { bot.on('spawn', () => { bot._client.on('x', () => {}) }) }`,
      errors: err(),
    },
    // the file calls the export itself, through module.exports
    {
      code: `module.exports.setup = function (bot) { bot.on('x', () => {}) }
             module.exports.setup(shared)`,
      errors: err(),
    },
    // not exported: a module-private function, decided as before
    {
      code: `function inject (bot) { bot.bus.on('x', () => {}) }
             setup(inject)`,
      errors: err(),
    },
  ],
});
