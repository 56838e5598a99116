// Runtime evidence for the clean corpus's hapi findings: a long-lived server serving real HTTP
// traffic on 127.0.0.1 (GET, HEAD, POST, 404, a streamed and compressed reply) while other
// servers are built, started, used and stopped round after round.
'use strict'
const http = require('node:http')
const { Readable } = require('node:stream')
const Hapi = require('./lib')
const rounds = Number(process.env.ROUNDS || 40)

function build () {
  const server = Hapi.server({ port: 0, host: '127.0.0.1', compression: { minBytes: 1 } })
  server.ext('onRequest', (request, h) => h.continue)
  server.ext('onPreResponse', (request, h) => h.continue)
  server.route({ method: 'GET', path: '/item/{id}', handler: (req) => ({ id: req.params.id }) })
  server.route({ method: 'POST', path: '/echo', handler: (req) => req.payload })
  server.route({ method: 'GET', path: '/stream', handler: () => Readable.from([Buffer.from('a'.repeat(1024)), Buffer.from('b'.repeat(1024))], { objectMode: false }) })
  return server
}

function request (port, method, path, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, agent: false,
      headers: body ? { 'content-type': 'application/json', ...headers } : headers }, (res) => {
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
    await request(port, 'GET', '/stream', undefined, { 'accept-encoding': 'gzip' })
    await request(port, 'POST', '/echo', JSON.stringify({ k }))
    await request(port, 'GET', '/nope/' + k)
  }
}

(async () => {
  const main = build()
  await main.start()
  for (let i = 0; i < rounds; i++) {
    const s = build()
    await s.start()
    await traffic(s.info.port, 5)
    await s.inject('/item/1')
    await s.stop()
    await traffic(main.info.port, 10)
  }
  await main.stop()
  console.log('done', rounds, 'rounds')
})()
