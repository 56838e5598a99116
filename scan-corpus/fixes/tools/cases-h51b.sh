#!/usr/bin/env bash
# Batch 2026-12-07q, list (b): leak fixes from browser and Node.js code that runs work off the main
# thread or processes audio (livekit/agents-js, GoogleChromeLabs/squoosh, GoogleChromeLabs/comlink,
# Picovoice/web-voice-processor, pipecat-ai/pipecat-client-web, chrisguttandin/extendable-media-recorder),
# added by a helper who classified them from the diffs only (no scan was run).
# deepgram/deepgram-js-sdk, BuilderIO/partytown and speechly/browser-client gave no case.
# Each case.json gets "batch": "2026-12-07q" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h51b.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# livekit/agents-js (Apache-2.0)
L=$M/livekit+agents-js/repo
add $L ec4a2a48d agents/src/inference/utils.ts --repo livekit/agents-js --license Apache-2.0 \
  --class syntactic --kind socket --receiver 'socket' --event null --line 97 --shape aborted-connect \
  --desc "connectWs() opened a ws WebSocket and, when its connection timeout fired, only rejected the promise, so a socket that connected afterwards stayed open with nobody holding it (its open listener resolved an already-settled promise); the fix terminates the socket in the timeout handler and rejects only unopened closes"
add $L d6103880b agents/src/voice/run_context.ts --repo livekit/agents-js --license Apache-2.0 \
  --class syntactic --kind listener --receiver 'signal' --event abort --line 409 --shape per-call-on-shared \
  --desc "waitUnlessAborted() added a once 'abort' listener to the filler scheduler's long-lived abort signal on every loop iteration and never removed it when the idle promise won the race, so each iteration left another listener (and its resolved promise) on the signal until it aborted; the fix keeps the handler and removes it in a finally block"
add $L f55dfb783 agents/src/workflows/warm_transfer.ts --repo livekit/agents-js --license Apache-2.0 \
  --class runtime --kind listener --receiver 'abortSignal' --event abort --line 578 --shape missing-in-teardown \
  --desc "the warm-transfer task added an 'abort' listener to the caller-supplied abort signal in onEnter and removed it only in setResult(), so when the framework exited the task without a result the listener (and the task's closure state) stayed on the signal; the fix removes it in an onExit hook"

# GoogleChromeLabs/squoosh (Apache-2.0; package.json says "apache-2.0")
S=$M/GoogleChromeLabs+squoosh/repo
add $S 1562a07f src/client/lazy-app/Compress/Output/custom-els/TwoUp/index.ts --repo GoogleChromeLabs/squoosh --license Apache-2.0 \
  --class syntactic --kind listener --receiver 'window' --event keydown --line 72 --shape missing-in-teardown \
  --desc "the two-up custom element's constructor added an anonymous 'keydown' listener (and a ResizeObserver or window 'resize' listener) that nothing ever removed, so every removed element stayed referenced from window; the fix registers them in connectedCallback with stored handlers and removes the listeners and disconnects the observer in disconnectedCallback"
add $S 828f9a5e src/client/lazy-app/Compress/index.tsx --repo GoogleChromeLabs/squoosh --license Apache-2.0 \
  --class syntactic --kind listener --receiver 'this.widthQuery' --event null --line 319 --shape missing-in-teardown \
  --desc "the Compress component subscribed to its window.matchMedia() query with addListener() and never unsubscribed, so each unmounted component stayed reachable from the media query list; the fix removes the listener in componentWillUnmount"
add $S bc5ce0af src/shared/prerendered-app/Intro/blob-anim/index.ts --repo GoogleChromeLabs/squoosh --license Apache-2.0 \
  --class syntactic --kind disposable --receiver 'new ResizeObserver(...)' --event null --line 332 --shape missing-in-teardown \
  --desc "startBlobAnim() observed the canvas with a ResizeObserver it did not keep, so its destruct() function, which removed the window and document listeners, could not disconnect it and the observer kept redrawing the canvas after the animation was torn down; the fix stores the observer and disconnects it in destruct()"

# GoogleChromeLabs/comlink (Apache-2.0)
add $M/GoogleChromeLabs+comlink/repo 8801769 src/comlink.ts --repo GoogleChromeLabs/comlink --license Apache-2.0 \
  --class syntactic --kind listener --receiver 'ep' --event message --line 99 --shape missing-in-teardown \
  --desc "expose() added a 'message' listener to its endpoint that could never be removed, so every object proxied over a fresh MessageChannel kept its port open and the object alive for the page's lifetime; the fix adds a release message (sent by proxy.releaseProxy()) on which the listener is removed and the port closed"

# Picovoice/web-voice-processor (Apache-2.0)
add $M/Picovoice+web-voice-processor/repo fe8d58d src/web_voice_processor.ts --repo Picovoice/web-voice-processor --license Apache-2.0 \
  --class runtime --kind disposable --receiver 'this._audioContext' --event null --line 240 --shape field-overwritten \
  --desc "start() built a new AudioContext (with a worklet module loaded from a fresh, never revoked blob URL), microphone stream and downsampler worker whenever the context was null or closed, and overlapping start() calls all passed that check and overwrote the fields, so the earlier context, stream and worker were never closed by stop(); the fix serialises start/pause/stop with a mutex and a state flag, creates the AudioContext once and reuses it, and closes the recorder node's port on stop"

# pipecat-ai/pipecat-client-web (BSD-2-Clause in rtvi-client-js/package.json at the fix)
add $M/pipecat-ai+pipecat-client-web/repo 86d79a0 rtvi-client-js/src/core.ts --repo pipecat-ai/pipecat-client-web --license BSD-2-Clause \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 295 --shape missing-in-teardown \
  --desc "start() armed a handshake timeout that is cleared only on the bot-ready and error paths, so calling disconnect() during the handshake left it pending and it later aborted and disconnected the freshly reset transport; the fix clears the timeout in disconnect()"

# chrisguttandin/extendable-media-recorder (MIT)
add $M/chrisguttandin+extendable-media-recorder/repo 8f639309 src/factories/webm-pcm-media-recorder.ts --repo chrisguttandin/extendable-media-recorder --license MIT \
  --class syntactic --kind listener --receiver 'nativeMediaRecorder' --event dataavailable --line 77 --shape per-call-on-shared \
  --desc "every start() of the webm/pcm recorder added a new 'dataavailable' listener to the wrapped native MediaRecorder and none was ever removed, so each recording stacked another handler (holding its encoder promise chain) on the long-lived native recorder; the fix subscribes with a remover and calls it once the recording's last chunk has been encoded"

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/livekit__agents-js__ec4a2a4/case.json \
  scan-corpus/fixes/cases/livekit__agents-js__d610388/case.json \
  scan-corpus/fixes/cases/livekit__agents-js__f55dfb7/case.json \
  scan-corpus/fixes/cases/GoogleChromeLabs__squoosh__1562a07/case.json \
  scan-corpus/fixes/cases/GoogleChromeLabs__squoosh__828f9a5/case.json \
  scan-corpus/fixes/cases/GoogleChromeLabs__squoosh__bc5ce0a/case.json \
  scan-corpus/fixes/cases/GoogleChromeLabs__comlink__8801769/case.json \
  scan-corpus/fixes/cases/Picovoice__web-voice-processor__fe8d58d/case.json \
  scan-corpus/fixes/cases/pipecat-ai__pipecat-client-web__86d79a0/case.json \
  scan-corpus/fixes/cases/chrisguttandin__extendable-media-recorder__8f63930/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07q";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
