/**
 * `leakguardFastify`: the handler as a fastify plugin, following the fastify-plugin
 * convention without depending on it: `Symbol.for('skip-override')` makes the plugin's hook
 * apply to the whole app (not an encapsulated child, so /metrics outside the prefix is seen
 * too), `Symbol.for('fastify.display-name')` names it in errors and `printPlugins()`, and
 * `Symbol.for('plugin-meta')` declares the fastify version it was written for.
 *
 * The handler answers in an `onRequest` hook, before fastify's body parsing (it reads and caps
 * bodies itself), through `reply.hijack()` and the raw Node objects. `app.leakguard` is the
 * handler; it is disposed when the app closes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkKnownKeys } from '../internal/options.js';
import { createMonitoringHandler, type MonitoringHandler } from './handler.js';
import { KEYS as HANDLER_KEYS, type MonitoringHandlerOptions } from './options.js';

/** The parts of a fastify instance the plugin uses (fastify 4 and 5). */
interface FastifyLike {
  addHook(
    name: 'onRequest',
    fn: (
      request: { raw: IncomingMessage },
      reply: { raw: ServerResponse; hijack(): void },
    ) => Promise<unknown>,
  ): unknown;
  addHook(name: 'onClose', fn: (instance: unknown) => Promise<void>): unknown;
  decorate(name: string, value: unknown): unknown;
}

/**
 * fastify's own registration options other than `prefix` (docs/Reference/Plugins.md, "Plugin
 * Options"): fastify hands the whole `register()` options object to the plugin, these keys
 * included, and ignores them itself for a plugin that skips override, as this one does. `prefix`
 * is the handler's own option.
 */
const FASTIFY_KEYS = ['logLevel', 'logSerializers'] as const;

/** Every key the plugin takes: a misspelt one is told the nearest of them, fastify's included. */
const PLUGIN_KEYS: readonly string[] = [...HANDLER_KEYS, ...FASTIFY_KEYS];

/**
 * The handler's options, checked the same way (unknown keys included) when fastify loads it,
 * plus fastify's own registration keys, which are accepted and ignored.
 */
export type LeakguardFastifyOptions = MonitoringHandlerOptions & {
  logLevel?: string;
  logSerializers?: Record<string, (value: any) => string>;
};

/** `options` without fastify's own keys; anything that is not an object is left to the check. */
function handlerOptions(options: LeakguardFastifyOptions): MonitoringHandlerOptions {
  if (options === null || typeof options !== 'object') return options;
  const own: Record<string, unknown> = { ...options };
  for (const k of FASTIFY_KEYS) delete own[k];
  return own as unknown as MonitoringHandlerOptions;
}

async function leakguardFastifyPlugin(
  fastify: FastifyLike,
  options: LeakguardFastifyOptions,
): Promise<void> {
  // Checked here, not only by the handler: with fastify's keys taken out first, the handler's
  // own check could not suggest them for a misspelt one (`logLevle`).
  checkKnownKeys(options, PLUGIN_KEYS);
  const handler: MonitoringHandler = createMonitoringHandler(handlerOptions(options));
  fastify.decorate('leakguard', handler);
  fastify.addHook('onRequest', async (request, reply) => {
    if (handler(request.raw, reply.raw)) {
      reply.hijack();
      // returning the reply tells fastify the request was answered here
      return reply;
    }
    return undefined;
  });
  fastify.addHook('onClose', async () => handler.dispose());
}

export const leakguardFastify = Object.assign(leakguardFastifyPlugin, {
  [Symbol.for('skip-override')]: true,
  [Symbol.for('fastify.display-name')]: 'leakguard',
  [Symbol.for('plugin-meta')]: { name: 'leakguard', fastify: '>=4.0.0' },
  default: leakguardFastifyPlugin,
});
