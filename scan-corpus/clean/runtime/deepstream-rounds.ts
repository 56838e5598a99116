// Runtime evidence for the clean corpus's deepstream.io findings: Deepstream servers built,
// started on 127.0.0.1 and stopped round after round, as a process that restarts its server.
import net from 'node:net'
import { Deepstream } from './src/deepstream.io'

/** A free loopback port (the config refuses 0). */
function freePort (): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer()
    s.on('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
  })
}

const rounds = Number(process.env.ROUNDS || 40)

async function round (i: number): Promise<void> {
  const port = await freePort()
  const ds = new Deepstream({
    serverName: `s${i}`,
    showLogo: false,
    logLevel: 100,
    httpServer: { type: 'default', options: { host: '127.0.0.1', port } },
    telemetry: { type: 'deepstreamIO', options: { enabled: false } },
  } as any)
  await new Promise<void>((resolve) => { ds.on('started', () => resolve()); ds.start() })
  await new Promise<void>((resolve) => { ds.on('stopped', () => resolve()); ds.stop() })
}

(async () => {
  for (let i = 0; i < rounds; i++) {
    await round(i)
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  console.log('done', rounds, 'rounds')
  // the sanity intervals of every stopped server keep the process alive: end it here
  process.exit(0)
})().catch((e) => { console.error(e); process.exit(1) })
