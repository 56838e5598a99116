// Runtime evidence for the clean corpus's PrismarineJS findings (flying-squid, mineflayer,
// node-minecraft-protocol), in one process: a long-lived flying-squid server on 127.0.0.1
// (free port, offline mode, superflat world, no world folder so nothing is written to disk)
// that mineflayer bots join round after round: each bot spawns, chats, walks a little, quits,
// and the round waits until the server has removed its players. Every few rounds a second
// flying-squid server is started, a bot joins it, and it is closed (serv.quit()), as a host
// that restarts worlds would. Both sides use node-minecraft-protocol (server and client), so
// its findings are exercised too.
//
// Layout: run from a folder holding the three exports at their pinned commits, as
// ./flying-squid, ./mineflayer and ./node-minecraft-protocol, each with its production
// dependencies installed, and flying-squid's and mineflayer's node_modules/minecraft-protocol
// a symlink to ./node-minecraft-protocol (so the finder's sites fall on the scanned files).
// Loopback only; no Mojang/Microsoft auth. Stops by itself: a hard cap (CAP_MS, default
// 5 min) ends the run early, printing how far it got.
//
// env: ROUNDS (default 40), BOTS per round (3), EXTRA_EVERY (a second server every 5 rounds),
// MC_VERSION (1.21.4), CAP_MS (300000).
'use strict'
const { once } = require('node:events')
const squid = require('./flying-squid')
const mineflayer = require('./mineflayer')

const rounds = Number(process.env.ROUNDS || 40)
const botsPerRound = Number(process.env.BOTS || 3)
const extraEvery = Number(process.env.EXTRA_EVERY || 5)
const version = process.env.MC_VERSION || '1.21.4'
const capMs = Number(process.env.CAP_MS || 300000)
const started = Date.now()
let done = 0
const seen = { spawned: 0, chats: 0, moved: 0, joins: 0, extraWorlds: 0 }

const cap = setTimeout(() => {
  console.log('done (hard cap after', Math.round((Date.now() - started) / 1000), 's):', done, 'of', rounds, 'rounds', JSON.stringify(seen))
  process.exit(0)
}, capMs)

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

function withTimeout (promise, ms, what) {
  let t
  return Promise.race([promise, new Promise((resolve, reject) => {
    t = setTimeout(() => reject(new Error('timeout: ' + what)), ms)
  })]).finally(() => clearTimeout(t))
}

async function startServer () {
  const serv = squid.createMCServer({
    host: '127.0.0.1',
    port: 0,
    'online-mode': false,
    motd: 'leakguard rounds',
    'max-players': 20,
    logging: false, // no log files
    noConsoleOutput: true,
    gameMode: 1,
    difficulty: 1,
    worldFolder: undefined, // in-memory world: no level.dat, region or player files
    generation: { name: 'superflat', options: { seed: 1 } },
    kickTimeout: 10000,
    plugins: {},
    modpe: false,
    'view-distance': 2,
    'player-list-text': { header: { text: 'rounds' }, footer: { text: 'leakguard' } },
    'everybody-op': false,
    'max-entities': 100,
    version
  })
  serv.on('newPlayer', (player) => {
    seen.joins++
    player.on('chat', () => { seen.chats++ })
  })
  const [port] = await withTimeout(once(serv, 'listening'), 20000, 'listening')
  await serv.waitForReady(20000)
  return { serv, port }
}

async function playBot (port, serv, username, moveMs) {
  const bot = mineflayer.createBot({
    host: '127.0.0.1', port, username, version, auth: 'offline', hideErrors: true, checkTimeoutInterval: 30000
  })
  bot.on('error', () => {})
  try {
    await withTimeout(once(bot, 'spawn'), 20000, username + ' spawn')
    seen.spawned++
    const from = bot.entity.position.clone()
    bot.chat('hello from ' + username)
    bot.look(Math.random() * Math.PI * 2, 0, true)
    bot.setControlState('forward', true)
    await sleep(moveMs)
    bot.setControlState('forward', false)
    if (bot.entity.position.distanceTo(from) > 0.5) seen.moved++
    bot.setControlState('jump', true)
    await sleep(150)
    bot.setControlState('jump', false)
    bot.chat('bye')
    await sleep(100)
  } finally {
    const ended = once(bot, 'end')
    bot.quit()
    await withTimeout(ended, 10000, username + ' end').catch(() => {})
  }
  // the server has removed the player (logout.js splices serv.players on the client's 'end')
  for (let k = 0; k < 100 && serv.players.some((p) => p.username === username); k++) await sleep(50)
}

async function extraWorld (i) {
  const { serv, port } = await startServer()
  await playBot(port, serv, 'x' + i, 200)
  await withTimeout(serv.quit('world restart'), 10000, 'quit').catch((err) => console.log('extra quit:', err.message))
  seen.extraWorlds++
}

(async () => {
  const { serv, port } = await startServer()
  console.log('server on 127.0.0.1:' + port, 'version', version)
  for (let i = 0; i < rounds; i++) {
    const bots = []
    for (let k = 0; k < botsPerRound; k++) bots.push(playBot(port, serv, 'r' + i + 'b' + k, 300 + 100 * k))
    const results = await Promise.allSettled(bots)
    for (const r of results) if (r.status === 'rejected') console.log('round', i, r.reason.message)
    if (extraEvery > 0 && (i + 1) % extraEvery === 0) await extraWorld(i).catch((err) => console.log('extra', i, err.message))
    done = i + 1
    if (done % 5 === 0) console.log('round', done, 'players', serv.players.length, Math.round((Date.now() - started) / 1000) + 's')
  }
  await withTimeout(serv.quit('done'), 10000, 'quit').catch((err) => console.log('quit:', err.message))
  clearTimeout(cap)
  console.log('done', done, 'rounds in', Math.round((Date.now() - started) / 1000), 's', JSON.stringify(seen))
  process.exit(0) // flying-squid's log plugin keeps a readline on stdin, and per-player intervals are never cleared
})().catch((err) => {
  console.log('failed:', err && err.stack)
  process.exit(1)
})
