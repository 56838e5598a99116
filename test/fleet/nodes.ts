/**
 * Drives fleet nodes (test/fleet/fixtures/node.ts), each a separate Node process, and real `ws`
 * clients that move between them.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';

const fixture = fileURLToPath(new URL('./fixtures/node.ts', import.meta.url));

export interface NodeEvent {
  type: string;
  player?: string | number;
  id?: string;
  reason?: string;
  count?: number;
  [k: string]: unknown;
}

export interface FleetNode {
  readonly nodeId: string;
  readonly port: number;
  readonly child: ChildProcess;
  readonly events: NodeEvent[];
  call<T = unknown>(cmd: string, ...args: unknown[]): Promise<T>;
  /** Resolves with the first event (past or future) matching `pred`. */
  event(pred: (e: NodeEvent) => boolean, ms?: number, what?: string): Promise<NodeEvent>;
  count(pred: (e: NodeEvent) => boolean): number;
  /** Graceful close (sessions.close), then exit. */
  close(): Promise<void>;
  /** SIGKILL: nothing of the process runs after it. */
  kill(): Promise<void>;
}

export async function waitUntil(
  cond: () => boolean | Promise<boolean>,
  ms = 5000,
  what = 'condition',
): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`Timed out (${ms} ms) waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function startNode(config: Record<string, unknown>): Promise<FleetNode> {
  const child = fork(fixture, [JSON.stringify(config)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-4000)));
  child.stderr?.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-4000)));
  const events: NodeEvent[] = [];
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 0;
  let port = 0;
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`node did not start: ${out}`)), 20_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`node exited with ${code}: ${out}`));
    });
    child.on(
      'message',
      (m: {
        ready?: boolean;
        port?: number;
        ev?: NodeEvent;
        id?: number;
        result?: unknown;
        error?: string;
      }) => {
        if (m.ready === true) {
          port = m.port ?? 0;
          clearTimeout(timer);
          resolve();
        } else if (m.ev !== undefined) events.push(m.ev);
        else if (m.id !== undefined) {
          const p = pending.get(m.id);
          pending.delete(m.id);
          if (m.error !== undefined) p?.reject(new Error(m.error));
          else p?.resolve(m.result);
        }
      },
    );
  });
  child.on('exit', () => {
    for (const p of pending.values()) p.reject(new Error('node exited'));
    pending.clear();
  });
  await ready;
  const node: FleetNode = {
    nodeId: String(config.nodeId),
    port,
    child,
    events,
    call<T>(cmd: string, ...args: unknown[]): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const id = ++next;
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.send({ id, cmd, args });
      });
    },
    async event(pred, ms = 5000, what = 'event') {
      let found: NodeEvent | undefined;
      await waitUntil(
        () => (found = events.find(pred)) !== undefined,
        ms,
        `${what} on ${String(config.nodeId)} (${JSON.stringify(events.slice(-8))})`,
      );
      return found as NodeEvent;
    },
    count: (pred) => events.filter(pred).length,
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      await node.call('close').catch(() => undefined);
      child.disconnect();
      await exited;
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
  };
  return node;
}

export interface Player {
  ws: WebSocket;
  messages: unknown[];
  closed: Promise<{ code: number; reason: string }>;
  nth(n: number, ms?: number): Promise<unknown>;
}

/** A real ws client of `player` on `node`. */
export async function connectPlayer(node: FleetNode, player: string): Promise<Player> {
  const ws = new WebSocket(`ws://127.0.0.1:${node.port}/ws?player=${encodeURIComponent(player)}`, {
    perMessageDeflate: false,
  });
  const messages: unknown[] = [];
  ws.on('message', (d) => messages.push(JSON.parse(d.toString())));
  ws.on('error', () => {});
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await once(ws, 'open');
  return {
    ws,
    messages,
    closed,
    async nth(n, ms = 5000) {
      await waitUntil(
        () => messages.length > n,
        ms,
        `message #${n} (have ${JSON.stringify(messages)})`,
      );
      return messages[n];
    },
  };
}
