#!/usr/bin/env python3
"""Usage: pick.py owner/name ...  — prints each name's half (sha1 rule of scan-corpus/fixes), and flags:
avoid (kept for the independent evaluation, issue #16), CORPUS (already in the fix or clean corpus),
readme (named in a corpus README or a tools/skipped-*.md: read or skipped by an earlier batch)."""
import hashlib, json, glob, os, re, sys
ROOT = os.environ.get('LEAKGUARD_ROOT', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
AVOID = {s.lower() for s in """websockets/ws socketio/socket.io socketio/engine.io socketio/engine.io-client
socketio/socket.io-client socketio/socket.io-parser colyseus/colyseus vitest-dev/vitest yjs/y-websocket
request/request mqttjs/mqtt.js redis/ioredis eclipse-theia/theia signalk/freeboard-sk siimon/prom-client""".split()}
corpus = set()
for f in glob.glob(f'{ROOT}/scan-corpus/fixes/cases/*/case.json'):
    corpus.add(json.load(open(f))['repo'].lower())
for f in glob.glob(f'{ROOT}/scan-corpus/clean/*.json'):
    corpus.add(json.load(open(f))['repo'].lower())
texts = ''
for f in [f'{ROOT}/scan-corpus/fixes/README.md', f'{ROOT}/scan-corpus/clean/README.md'] + glob.glob(f'{ROOT}/scan-corpus/fixes/tools/*'):
    texts += open(f, errors='replace').read().lower()
for name in sys.argv[1:]:
    n = name.strip().lower()
    half = 'held-out' if hashlib.sha1(n.encode()).digest()[0] & 1 else 'tuning'
    flags = []
    if n in AVOID or n.split('/')[0] == 'socketio': flags.append('avoid')
    if n in corpus: flags.append('CORPUS')
    short = n.split('/')[1]
    if n in texts or (len(short) >= 4 and re.search(r'(?<![\w.-])' + re.escape(short) + r'(?![\w-])', texts)):
        flags.append('readme')
    print(name, half, ' '.join(flags))
