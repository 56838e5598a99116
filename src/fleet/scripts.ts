/**
 * The Lua scripts of the Redis session store: every change to a player's record and queue is
 * one script, so it is atomic in Redis whatever the other nodes do at the same moment.
 *
 * Keys of a player (its id in a hash tag, so one player's keys share a cluster slot):
 *   <prefix>{<id>}:r   hash: node (holder), sid (session id), st ('c' connected | 'a' away),
 *                      pid (the id as JSON, as the holder has it: 7 or "7"; every notice to
 *                      the holder names the player so), w (a wake is pending)
 *   <prefix>{<id>}:q   list of queued messages, oldest first: "<bytes>|<at>|<t|b><payload>"
 *   <prefix>{<id>}:b   the queue's bytes
 * A node's channel is <prefix>node:<nodeId>; messages are JSON {t, p, …}.
 *
 * Caps are enforced here, on every push: never by reading the queue into a node.
 */

/**
 * ENQUEUE (batched) keys: r q b of each player in the call; argv: maxMessages, maxBytes, ttlMs,
 * channel prefix, then one argument for all the players: per player, in key order, the length
 * of its section (4 bytes, big-endian) and its messages' frames, oldest first. A frame is the
 * entry's length and the message's bytes (4 bytes each, big-endian), then the entry as the
 * queue keeps it (see above). One call queues a tick's worth of
 * messages; each message gets the caps exactly as if pushed alone, in order
 * (test/fleet/enqueue.test.ts holds it to that model).
 *
 * Cost: Redis calls per player, not per message. A player's accepted messages are pushed with
 * one RPUSH (whose answer is the queue's new length) and counted with one INCRBY; then the caps
 * are replayed one message at a time in Lua, from the old length and bytes: an old entry that
 * must go leaves with one LPOP (its size is read from it), new ones that must go leave together
 * (LTRIM). Without drops that is HMGET, RPUSH, INCRBY and two PEXPIREs per player, whatever its
 * number of messages, and one argument for the whole call: a frame costs one string.byte and
 * one string.sub (Redis's own cost per argument was a large part of a call with one per
 * message; the node writes the one argument with one copy).
 *
 * Returns only the messages with something to report, 6 numbers each: message index in the
 * call (0-based), code (0 queued, 1 no session anywhere, 2 too large), countDropped,
 * countBytes, bytesDropped, bytesBytes, in message order; for codes 1 and 2, countBytes is the
 * message's own bytes (the node keeps nothing of a message once sent). Nothing to report: an
 * empty array.
 */
export const ENQUEUE = `
local max = tonumber(ARGV[1])
local maxb = tonumber(ARGV[2])
local ttl = ARGV[3]
local byte, sub = string.byte, string.sub
local out = {}
local function report(m, code, cn, cb, bn, bb)
  local o = #out
  out[o + 1] = m
  out[o + 2] = code
  out[o + 3] = cn
  out[o + 4] = cb
  out[o + 5] = bn
  out[o + 6] = bb
end
-- reused for every player: entries to push, their sizes, every message's size
local keep, size, bs = {}, {}, {}
local m = 0
local blob = ARGV[5]
local p = 1
for k = 0, #KEYS / 3 - 1 do
  local r, q, bk = KEYS[3 * k + 1], KEYS[3 * k + 2], KEYS[3 * k + 3]
  local rec = redis.call('HMGET', r, 'node', 'st', 'pid')
  local n, kept, sum = 0, 0, 0
  local s1, s2, s3, s4 = byte(blob, p, p + 3)
  local len = p + 3 + ((s1 * 256 + s2) * 256 + s3) * 256 + s4
  p = p + 4
  while p <= len do
    local l1, l2, l3, l4, b1, b2, b3, b4 = byte(blob, p, p + 7)
    local l = ((l1 * 256 + l2) * 256 + l3) * 256 + l4
    local b = ((b1 * 256 + b2) * 256 + b3) * 256 + b4
    n = n + 1
    bs[n] = b
    if rec[1] and b <= maxb then
      kept = kept + 1
      keep[kept] = sub(blob, p + 8, p + 7 + l)
      size[kept] = b
      sum = sum + b
    end
    p = p + 8 + l
  end
  if not rec[1] then
    for j = 1, n do
      report(m, 1, 0, bs[j], 0, 0)
      m = m + 1
    end
  elseif kept == 0 then
    for j = 1, n do
      report(m, 2, 0, bs[j], 0, 0)
      m = m + 1
    end
  else
    local qlen = 0
    for from = 1, kept, 1000 do
      qlen = redis.call('RPUSH', q, unpack(keep, from, math.min(from + 999, kept)))
    end
    local total = redis.call('INCRBY', bk, sum) - sum
    local old = qlen - kept
    local count = old
    local head = 1
    local dropped = false
    for j = 1, n do
      local b = bs[j]
      if b > maxb then
        report(m, 2, 0, b, 0, 0)
      else
        count = count + 1
        total = total + b
        local cn, cb, bn, bb = 0, 0, 0, 0
        while count > max or total > maxb do
          if count == 0 then break end
          local eb
          if old > 0 then
            eb = tonumber(string.match(redis.call('LPOP', q), '^(%d+)|'))
            old = old - 1
          else
            eb = size[head]
            head = head + 1
          end
          if count > max then
            cn = cn + 1
            cb = cb + eb
          else
            bn = bn + 1
            bb = bb + eb
          end
          count = count - 1
          total = total - eb
        end
        if cn > 0 or bn > 0 then
          report(m, 0, cn, cb, bn, bb)
          dropped = true
        end
      end
      m = m + 1
    end
    if head > 1 then redis.call('LTRIM', q, head - 1, -1) end
    redis.call('PEXPIRE', q, ttl)
    if dropped then
      redis.call('SET', bk, total, 'PX', ttl)
    else
      redis.call('PEXPIRE', bk, ttl)
    end
    if rec[2] == 'c' and redis.call('HSETNX', r, 'w', '1') == 1 then
      -- nobody heard it (the holder's subscriber is reconnecting): no wake is pending, the
      -- next message tries again, and the holder takes the queue once subscribed again
      if redis.call('PUBLISH', ARGV[4] .. rec[1], '{"t":"wake","p":' .. rec[3] .. '}') == 0 then
        redis.call('HDEL', r, 'w')
      end
    end
  end
end
return out
`;

/**
 * CLAIM keys: r q b; argv: node, new session id, pid JSON, record TTL ms, channel prefix.
 * Returns {sid, from ('' = none or us), resumed (0/1), version, items, heard}: heard is how
 * many subscribers got the `moved` notice (0: the previous holder is gone, nobody will hand
 * the player over; see `released` in redis-store.ts). The notice names the player as the
 * previous holder wrote it (its pid: 7 and '7' are one player, and that node keys it its way).
 * The version is Redis's clock in microseconds: it only grows, across Redis restarts too.
 */
export const CLAIM = `
local old = redis.call('HMGET', KEYS[1], 'node', 'sid', 'pid')
local sid = ARGV[2]
local resumed = 0
if old[2] then
  sid = old[2]
  resumed = 1
end
local t = redis.call('TIME')
local v = string.format('%.0f', tonumber(t[1]) * 1000000 + tonumber(t[2]))
redis.call('HSET', KEYS[1], 'node', ARGV[1], 'sid', sid, 'st', 'c', 'pid', ARGV[3])
redis.call('HDEL', KEYS[1], 'w')
redis.call('PEXPIRE', KEYS[1], ARGV[4])
local items = redis.call('LRANGE', KEYS[2], 0, -1)
redis.call('DEL', KEYS[2], KEYS[3])
local from = ''
local heard = 0
if old[1] and old[1] ~= ARGV[1] then
  from = old[1]
  heard = redis.call('PUBLISH', ARGV[5] .. from,
    '{"t":"moved","p":' .. (old[3] or ARGV[3]) .. ',"to":' .. cjson.encode(ARGV[1]) .. ',"v":' .. v .. '}')
end
return {sid, from, resumed, v, items, heard}
`;

/** TAKE keys: r q b; argv: node. The queue, when this node holds the player; else {}. */
export const TAKE = `
if redis.call('HGET', KEYS[1], 'node') ~= ARGV[1] then return {} end
redis.call('HDEL', KEYS[1], 'w')
local items = redis.call('LRANGE', KEYS[2], 0, -1)
redis.call('DEL', KEYS[2], KEYS[3])
return items
`;

/** AWAY keys: r; argv: node, sid, window ms. 1 when it was ours and is now away. */
export const AWAY = `
local r = redis.call('HMGET', KEYS[1], 'node', 'sid')
if r[1] ~= ARGV[1] or r[2] ~= ARGV[2] then return 0 end
if tonumber(ARGV[3]) <= 0 then
  redis.call('DEL', KEYS[1])
  return 1
end
redis.call('HSET', KEYS[1], 'st', 'a')
redis.call('HDEL', KEYS[1], 'w')
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
`;

/** END keys: r q b; argv: node, sid. {count, bytes} of what was still queued, then deleted. */
export const END = `
local r = redis.call('HMGET', KEYS[1], 'node', 'sid')
if r[1] ~= ARGV[1] or r[2] ~= ARGV[2] then return {0, 0} end
local n = redis.call('LLEN', KEYS[2])
local b = tonumber(redis.call('GET', KEYS[3]) or '0')
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3])
return {n, b}
`;

/**
 * RESYNC keys: r; argv: node, sid, st, pid JSON, TTL ms. After Redis came back (possibly
 * empty): re-announces a player held here, unless another node holds it now.
 */
export const RESYNC = `
local n = redis.call('HGET', KEYS[1], 'node')
if n and n ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'node', ARGV[1], 'sid', ARGV[2], 'st', ARGV[3], 'pid', ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1
`;
