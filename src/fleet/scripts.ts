/**
 * The Lua scripts of the Redis session store: every change to a player's record and queue is
 * one script, so it is atomic in Redis whatever the other nodes do at the same moment.
 *
 * Keys of a player (its id in a hash tag, so one player's keys share a cluster slot):
 *   <prefix>{<id>}:r   hash: node (holder), sid (session id), st ('c' connected | 'a' away),
 *                      pid (the id as JSON, for callbacks), w (a wake is pending)
 *   <prefix>{<id>}:q   list of queued messages, oldest first: "<bytes>|<at>|<t|b><payload>"
 *   <prefix>{<id>}:b   the queue's bytes
 * A node's channel is <prefix>node:<nodeId>; messages are JSON {t, p, …}.
 *
 * Caps are enforced here, on every push: never by reading the queue into a node.
 */

/**
 * ENQUEUE (batched) keys: r q b of each player in the batch; argv: maxMessages, maxBytes,
 * ttlMs, channel prefix, then for each message: player index (0-based, into the key triples),
 * bytes, entry. One call queues a tick's worth of messages (fewer round trips and script runs);
 * each message gets the caps exactly as if pushed alone, in order.
 * Returns 5 numbers per message: code (0 queued, 1 no session anywhere, 2 too large),
 * countDropped, countBytes, bytesDropped, bytesBytes.
 */
export const ENQUEUE = `
local max = tonumber(ARGV[1])
local maxb = tonumber(ARGV[2])
local out = {}
local i = 5
while i <= #ARGV do
  local k = tonumber(ARGV[i]) * 3
  local r, q, bk = KEYS[k + 1], KEYS[k + 2], KEYS[k + 3]
  local b = tonumber(ARGV[i + 1])
  local entry = ARGV[i + 2]
  i = i + 3
  local rec = redis.call('HMGET', r, 'node', 'st', 'pid')
  local code, cn, cb, bn, bb = 0, 0, 0, 0, 0
  if not rec[1] then
    code = 1
  elseif b > maxb then
    code = 2
  else
    redis.call('RPUSH', q, entry)
    local total = redis.call('INCRBY', bk, b)
    while redis.call('LLEN', q) > max do
      local e = redis.call('LPOP', q)
      local eb = tonumber(string.match(e, '^(%d+)|'))
      cn = cn + 1
      cb = cb + eb
      total = redis.call('DECRBY', bk, eb)
    end
    while total > maxb do
      local e = redis.call('LPOP', q)
      if not e then break end
      local eb = tonumber(string.match(e, '^(%d+)|'))
      bn = bn + 1
      bb = bb + eb
      total = redis.call('DECRBY', bk, eb)
    end
    redis.call('PEXPIRE', q, ARGV[3])
    redis.call('PEXPIRE', bk, ARGV[3])
    if rec[2] == 'c' and redis.call('HSETNX', r, 'w', '1') == 1 then
      redis.call('PUBLISH', ARGV[4] .. rec[1], '{"t":"wake","p":' .. rec[3] .. '}')
    end
  end
  out[#out + 1] = code
  out[#out + 1] = cn
  out[#out + 1] = cb
  out[#out + 1] = bn
  out[#out + 1] = bb
end
return out
`;

/**
 * CLAIM keys: r q b; argv: node, new session id, pid JSON, record TTL ms, channel prefix.
 * Returns {sid, from ('' = none or us), resumed (0/1), version, items}.
 * The version is Redis's clock in microseconds: it only grows, across Redis restarts too.
 */
export const CLAIM = `
local old = redis.call('HMGET', KEYS[1], 'node', 'sid')
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
if old[1] and old[1] ~= ARGV[1] then
  from = old[1]
  redis.call('PUBLISH', ARGV[5] .. from,
    '{"t":"moved","p":' .. ARGV[3] .. ',"to":' .. cjson.encode(ARGV[1]) .. ',"v":' .. v .. '}')
end
return {sid, from, resumed, v, items}
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
