// Runtime evidence for the clean corpus's fastify findings: a long-lived app serving real
// HTTP traffic on 127.0.0.1 (GET, HEAD, POST, 404) while other apps are built, started,
// used and closed round after round, as a server that reloads its app would.
'use strict'
const http = require('node:http')
const Fastify = require('./fastify')
const rounds = Number(process.env.ROUNDS || 40)

function build () {
  const app = Fastify({ logger: false })
  app.register(async function routes (f) {
    f.get('/item/:id', async (req) => ({ id: req.params.id, ok: true }))
    f.post('/echo', async (req) => req.body)
    f.get('/stream', (req, reply) => { reply.type('text/plain').send('x'.repeat(2048)) })
  })
  app.setNotFoundHandler((req, reply) => { reply.code(404).send({ missing: req.url }) })
  app.addHook('onRequest', async () => {})
  return app
}

function request (port, method, path, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, agent: false,
      headers: body ? { 'content-type': 'application/json' } : {} }, (res) => {
      res.resume(); res.on('end', () => resolve(res.statusCode))
    })
    req.on('error', reject)
    req.end(body)
  })
}

async function traffic (port, n) {
  for (let k = 0; k < n; k++) {
    await request(port, 'GET', '/item/' + k)
    await request(port, 'HEAD', '/item/' + k)
    await request(port, 'HEAD', '/stream')
    await request(port, 'POST', '/echo', JSON.stringify({ k }))
    await request(port, 'GET', '/nope/' + k)
  }
}

(async () => {
  const main = build()
  await main.listen({ port: 0, host: '127.0.0.1' })
  const mainPort = main.server.address().port
  for (let i = 0; i < rounds; i++) {
    const app = build()
    await app.listen({ port: 0, host: '127.0.0.1' })
    await traffic(app.server.address().port, 5)
    await app.inject({ method: 'GET', url: '/item/1' })
    await app.close()
    await traffic(mainPort, 10)
  }
  await main.close()
  console.log('done', rounds, 'rounds')
})()
