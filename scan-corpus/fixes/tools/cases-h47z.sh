#!/usr/bin/env bash
# Batch 2026-12-07m, list (z): leak fixes from audio, MIDI and creative-coding libraries
# (captbaritone/webamp, motion-canvas/motion-canvas, cocopon/tweakpane, djipco/webmidi, tambien/Piano,
# mohayonao/web-audio-engine, ircam-ismm/node-web-audio-api, ml5js/ml5-library), added by a helper who
# classified them from the diffs only (no scan was run). spessasus/SpessaSynth, magenta/magenta-js,
# hydra-synth/hydra-synth (AGPL), hvianna/audioMotion-analyzer (AGPL), serversideup/amplitudejs,
# MylesBorins/node-osc, adzialocha/osc-js, mattdesl/canvas-sketch, paulrosen/abcjs,
# processing/p5.js-web-editor (LGPL), g200kg/webaudio-controls, lhz516/react-h5-audio-player,
# rserota/wad, alemangui/pizzicato, johnnesky/beepbox, munshkr/flok (GPL), elemaudio/elementary,
# molleindustria/p5.play (LGPL), justinlatimer/node-midi, cutterbl/SoundTouchJS, surikov/webaudiofont
# (GPL), gibber-cc/gibber, chrisguttandin/midi-player, mattdiamond/Recorderjs and kittykatattack/sound.js
# (no licence at the fix) gave no case. Each case.json gets "batch": "2026-12-07m" afterwards (the
# loop at the end). Skipped diffs and repositories: tools/skipped-h47z.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# captbaritone/webamp (MIT, LICENSE.txt at the fix)
add $M/captbaritone+webamp/repo 14c0d24a packages/webamp/js/media/index.ts --repo captbaritone/webamp --license MIT \
  --class syntactic --kind listener --receiver 'document.body' --event touchend --line 126 --shape missing-in-teardown \
  --desc "when the AudioContext started suspended, the Media constructor added a resume handler for touchend, click and keydown to document.body, removed only once a resume succeeded, and dispose() did not remove them, so a Webamp instance disposed before any user gesture left three body listeners holding the media object and its audio graph; the fix registers their removal with the instance's disposable, which dispose() runs"

# motion-canvas/motion-canvas (MIT, LICENSE at the fix)
MC=$M/motion-canvas+motion-canvas/repo
add $MC de0af00a packages/core/src/signals/DependencyContext.ts --repo motion-canvas/motion-canvas --license MIT \
  --class runtime --kind listener --receiver 'this.event' --event null --line 99 --shape no-teardown \
  --desc "a signal read while another signal or computed value was collecting dependencies subscribed the collector's markDirty to its own flag dispatcher, and the subscriptions were only dropped when the collector recomputed, so a node's signals that were thrown away (a removed node, a reset scene) stayed subscribed to the long-lived signals they had read; the fix adds dispose(), which unsubscribes from every dependency and drops the owner, and nodes now call it on their signals"
add $MC 52e140c4 packages/2d/src/components/SVG.ts --repo motion-canvas/motion-canvas --license MIT \
  --class types --kind disposable --receiver 'this.cloneNodeExact(from)' --event null --line 336 --shape discarded-disposable \
  --desc "tweenSvg() cloned every transformed node as the tween's start pose and, when the tween finished and the wrapper's children were replaced by the new SVG's nodes, dropped the clones, the transformed originals and the deleted nodes without disposing them, so their signal subscriptions and layout elements stayed alive after each SVG tween; the fix disposes the deleted nodes and both ends of every transformed pair at the end of the tween"

# cocopon/tweakpane (MIT)
add $M/cocopon+tweakpane/repo 6ab75022 lib/common/view/pointer-handler.ts --repo cocopon/tweakpane --license MIT \
  --class syntactic --kind listener --receiver 'doc' --event mousemove --line 84 --shape no-teardown \
  --desc "on devices without touch support every PointerHandler (one per slider, pad or picker) added mousemove and mouseup listeners to its element's owner document in the constructor and had no way to remove them, so each handler ever created, with its element and emitter, stayed referenced by the document after its blade was disposed; the fix adds the document listeners on mousedown and removes them again on mouseup"

# djipco/webmidi (MIT)
W=$M/djipco+webmidi/repo
add $W fd931b7c5 src/Input.js --repo djipco/webmidi --license MIT \
  --class syntactic --kind listener --receiver 'this._midiInput' --event midimessage --line 64 --shape missing-in-teardown \
  --desc "the Input constructor set the browser MIDIInput's onmidimessage handler to a bound method of the Input, and destroy() cleared onstatechange but not onmidimessage, so the system-owned MIDI port kept the destroyed Input (and its channels) reachable and went on calling it for every message; the fix also clears onmidimessage in destroy()"
# src/webmidi.js is 4130 lines: pruned to the opening of the module function through disable(), the
# interface state-change handlers, and the module's closing lines
add $W 80946bc22 src/webmidi.js --repo djipco/webmidi --license MIT \
  --class syntactic --kind listener --receiver 'this.interface' --event statechange --line 501 --shape missing-in-teardown \
  --keep 1-538,1035-1140,4118-4130 --keep-after 1-539,1036-1141,4119-4131 \
  --desc "enable() set the MIDIAccess object's onstatechange to a bound WebMidi handler, and disable() dropped the interface without clearing it, so the MIDI subsystem object kept calling into the disabled WebMidi and every enable/disable cycle left another access object with a live handler; the fix clears onstatechange before releasing the interface"

# tambien/Piano (MIT)
P=$M/tambien+Piano/repo
add $P 7174767 src/Notes.js --repo tambien/Piano --license MIT \
  --class types --kind disposable --receiver 'source' --event null --line 89 --shape discarded-disposable \
  --desc "start() created a Tone.js buffer source per played note through createSource() and connected it to the output, and stop() only scheduled its stop and dropped it from the active-note map, so every note played left a connected source (and its audio nodes) undisposed; the fix sets the source's onended to a callback that disposes it"

# mohayonao/web-audio-engine (MIT); the mirror is a non-bare clone, hence --repo
add $M/mohayonao+web-audio-engine/repo/.git a0c46c4 src/impl/core/AudioNodeInput.js --repo mohayonao/web-audio-engine --license MIT \
  --class runtime --kind other --receiver 'this._disabledOutputs' --event null --line 152 --shape retained-in-collection \
  --desc "a node input moved each connected output whose node was disabled (a finished source, for instance) from its outputs array into a _disabledOutputs array, which only an explicit disconnect emptied, so every source node that ever ended while connected stayed referenced by the input it fed; the fix keeps the disabled outputs in a WeakSet so finished nodes can be collected"

# ircam-ismm/node-web-audio-api (BSD-3-Clause)
add $M/ircam-ismm+node-web-audio-api/repo 75b16e2 js/AudioWorklet.js --repo ircam-ismm/node-web-audio-api --license BSD-3-Clause \
  --class syntactic --kind disposable --receiver 'this.#port' --event null --line 56 --shape no-teardown \
  --desc "addModule() started a worker thread for the audio worklet global scope and kept it in #port, and nothing ever terminated it, so closing the AudioContext (or finishing an offline render) left the worker and its render loop running and the process alive; the fix adds a release method that terminates the worker and waits for its exit, called from close() and startRendering()"

# ml5js/ml5-library (LICENSE and the file's header say MIT; package.json at the fix says ISC)
add $M/ml5js+ml5-library/repo 8c627f29 src/PitchDetection/index.js --repo ml5js/ml5-library --license MIT \
  --class syntactic --kind disposable --receiver 'centMapping' --event null --line 86 --shape discarded-disposable \
  --desc "the microphone's audio-process callback built the cent-mapping tensor (and the two tensors it is computed from) outside tf.tidy() on every audio buffer and never disposed them, so pitch detection leaked three tensors per processed buffer; the fix builds the mapping inside the tidy scope, which frees it after each frame"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$MC" motion-canvas__motion-canvas__52e140c --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$P" tambien__Piano__7174767 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/captbaritone__webamp__14c0d24/case.json \
  scan-corpus/fixes/cases/motion-canvas__motion-canvas__de0af00/case.json \
  scan-corpus/fixes/cases/motion-canvas__motion-canvas__52e140c/case.json \
  scan-corpus/fixes/cases/cocopon__tweakpane__6ab7502/case.json \
  scan-corpus/fixes/cases/djipco__webmidi__fd931b7/case.json \
  scan-corpus/fixes/cases/djipco__webmidi__80946bc/case.json \
  scan-corpus/fixes/cases/tambien__Piano__7174767/case.json \
  scan-corpus/fixes/cases/mohayonao__web-audio-engine__a0c46c4/case.json \
  scan-corpus/fixes/cases/ircam-ismm__node-web-audio-api__75b16e2/case.json \
  scan-corpus/fixes/cases/ml5js__ml5-library__8c627f2/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07m";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
