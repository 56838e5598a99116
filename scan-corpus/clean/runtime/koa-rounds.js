// Runtime evidence for the clean corpus's koa finding: a long-lived app serving real HTTP traffic
// on 127.0.0.1 (JSON, a stream body replaced by another body, 404) while other apps are built,
// listened on, used and closed round after round.
'use strict'
const http = require('node:http')
const { Readable } = require('node:stream')
const Koa = require('./lib/application')
const rounds = Number(process.env.ROUNDS || 40)

function build () {
  const app = new Koa()
  app.use(async (ctx, next) => {
    if (ctx.path === '/json') ctx.body = { ok: true, n: ctx.query.n }
    else if (ctx.path === '/stream') ctx.body = Readable.from([Buffer.from('x'.repeat(1024))])
    else if (ctx.path === '/replaced') {
      // a stream body replaced by a string: koa's body setter cleans the stream up
      ctx.body = Readable.from([Buffer.from('y'.repeat(1024))])
      ctx.body = 'replaced'
    } else await next()
  })
  return app
}

function request (port, path) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      res.resume(); res.on('end', () => resolve(res.statusCode))
    })
    req.on('error', reject)
    req.end()
  })
}

async function traffic (port, n) {
  for (let k = 0; k < n; k++) {
    await request(port, '/json?n=' + k)
    await request(port, '/stream')
    await request(port, '/replaced')
    await request(port, '/nope')
  }
}

function listen (app) {
  return new Promise((resolve) => { const s = app.listen(0, '127.0.0.1', () => resolve(s)) })
}

(async () => {
  const main = await listen(build())
  for (let i = 0; i < rounds; i++) {
    const s = await listen(build())
    await traffic(s.address().port, 5)
    await new Promise((resolve) => s.close(resolve))
    await traffic(main.address().port, 10)
  }
  await new Promise((resolve) => main.close(resolve))
  console.log('done', rounds, 'rounds')
})()
