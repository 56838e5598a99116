#!/usr/bin/env bash
# Batch 2026-12-07k, list (u): leak fixes from browser game engines and rendering frameworks
# (replit/kaboom, yomotsu/camera-controls, Tresjs/tres, craftyjs/Crafty, threlte/threlte), added by
# a helper who classified them from the diffs only (no scan was run). pmndrs/use-cannon gave no
# case. Each case.json gets "batch": "2026-12-07k" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h45u.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# replit/kaboom (MIT); src/kaboom.ts is 6000-7500 lines: pruned to the imports, the opening line of
# the exported kaboom() closure, the functions involved and the closure's final `}`
K=$M/replit+kaboom/repo
add $K abef24e3 src/kaboom.ts --repo replit/kaboom --license MIT \
  --class syntactic --kind disposable --receiver 'gfx.frameBuffer' --event null --line 494 --shape field-overwritten \
  --keep 1-181,406-840,7150-7196,7548-7548 --keep-after 1-181,406-841,7151-7197,7549-7549 \
  --desc "the canvas ResizeObserver callback replaced gfx.frameBuffer with a new FrameBuffer (a WebGL framebuffer, renderbuffer and texture) on every size change without freeing the previous one, so each resize left its GPU buffers allocated until quit(); the fix frees the old framebuffer before creating the new one"
add $K ce79c351 src/kaboom.ts --repo replit/kaboom --license MIT \
  --class syntactic --kind listener --receiver 'this.getLevel()' --event navigation_map_changed --line 6069 --shape per-call-on-shared \
  --keep 1-172,398-398,5524-6130,7346-7346 --keep-after 1-172,398-398,5524-6131,7347-7347 \
  --desc "the agent component subscribed to its level's navigation-map-changed event in setTarget(), but the level's onNavigationMapChanged() returned nothing, so the stored canceller stayed null, every setTarget() call added another handler to the level and none was ever removed when the agent was destroyed; the fix returns the event controller and cancels it when the agent object is destroyed"
add $K ec2741e5 src/kaboom.ts --repo replit/kaboom --license MIT \
  --class runtime --kind listener --receiver 'this' --event collisionActive --line 3952 --shape missing-in-teardown \
  --keep 1-164,408-408,3180-3448,3937-4163,6208-6208 --keep-after 1-164,408-408,3180-3452,3941-4172,6226-6226 \
  --desc "the area() and body() components registered hover and collision handlers on their game object in add() and dropped the cancellers, and a component's destroy hook was not run when it was unuse()-d, so removing or replacing one of these components on a living object left its handlers attached and re-adding it stacked duplicates; the fix collects the cancellers, calls them from a destroy() hook and runs destroy on unuse"

# yomotsu/camera-controls (MIT); src/CameraControls.ts pruned to the class's constructor and its closing brace
add $M/yomotsu+camera-controls/repo 1d7ac97 src/CameraControls.ts --repo yomotsu/camera-controls --license MIT \
  --class syntactic --kind listener --receiver 'this._domElement.ownerDocument' --event mousemove --line 550 --shape missing-in-teardown \
  --keep 1-1115,2985-2985 --keep-after 1-1120,2996-2996 \
  --desc "a mouse drag (the fallback for browsers without pointer events) added 'mousemove' and 'mouseup' listeners to the owner document, but the end-of-drag handler removed only the pointer-event listeners, so the document listeners stayed attached after every drag until the next mousedown or disconnect; the fix removes them when dragging ends"

# Tresjs/tres (MIT)
T=$M/Tresjs+tres/repo
add $T c467e64f src/composables/useEventManager/index.ts --repo Tresjs/tres --license MIT \
  --class syntactic --kind listener --receiver 'voidObject' --event click --line 21 --shape per-call-on-shared \
  --desc "registerPointerMissed() added each object's pointer-missed callback as a 'click' listener on the scene's shared void object and offered no way to remove it, so every node given the prop kept its callback (and itself) attached after removal, and the forwarded DOM events were never torn down either; the fix routes the callbacks through an event hook whose off function node removal calls, and destroys the event forwarding on unmount"
add $T 438e214d src/composables/useTexture/index.ts --repo Tresjs/tres --license MIT \
  --class types --kind disposable --receiver 'singleResult.state.value' --event null --line 28 --shape missing-in-teardown \
  --desc "useTexture loaded three.js textures through async state and, when the path changed or the component unmounted, replaced or dropped them without disposing them, so their GPU resources stayed allocated; the fix disposes the previous texture before each reload and all textures on unmount"

# craftyjs/Crafty (dual "(GPL OR MIT)" in package.json at the fix; taken under its MIT option)
add $M/craftyjs+Crafty/repo 96a544a src/graphics/webgl.js --repo craftyjs/Crafty --license MIT \
  --class syntactic --kind other --receiver 'this.program' --event null --line 332 --shape missing-in-teardown \
  --desc "every WebGL entity took a slot in its shader program's buffer registry when its shader was established, but only Sprite entities released it on removal, so destroyed entities of the other WebGL components kept their slots until the registry hit its size limit; the fix releases the slot in the WebGL component's remove()"

# threlte/threlte (MIT)
H=$M/threlte+threlte/repo
add $H e28eed74b packages/extras/src/lib/interactivity/setupInteractivity.ts --repo threlte/threlte --license MIT \
  --class syntactic --kind listener --receiver 'target' --event null --line 224 --shape identity-mistake \
  --desc "connect() added the DOM pointer listeners with handlers freshly built by getEventHandler() and disconnect() removed freshly built ones again, which never matched, so every target change or teardown left the old canvas's listeners (and the interactivity context) attached; the fix uses stable handler functions for both"
add $H 5d6326c7b packages/theatre/src/lib/sheet/createSheetObjectAction.ts --repo threlte/threlte --license MIT \
  --class syntactic --kind listener --receiver 'obj' --event null --line 36 --shape missing-in-teardown \
  --desc "the Svelte action subscribed to the Theatre.js sheet object's value changes and dropped the returned unsubscribe function, so destroying the action only detached the object while the subscription still called back into the removed node; the fix keeps the unsubscribe function and calls it in destroy()"
add $H bc2215bfc packages/core/src/lib/hooks/useTask.svelte.ts --repo threlte/threlte --license MIT \
  --class runtime --kind other --receiver 'schedulerCtx.autoInvalidations' --event null --line 209 --shape missing-in-teardown \
  --desc "a running auto-invalidating task put its callback into the scheduler's shared autoInvalidations set, and the unmount cleanup removed the task from its stage but not the callback from the set, so the scheduler kept the unmounted component's callback and went on invalidating frames for it; the fix also deletes it from the set on cleanup"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$T" Tresjs__tres__438e214 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/replit__kaboom__abef24e/case.json \
  scan-corpus/fixes/cases/replit__kaboom__ce79c35/case.json \
  scan-corpus/fixes/cases/replit__kaboom__ec2741e/case.json \
  scan-corpus/fixes/cases/yomotsu__camera-controls__1d7ac97/case.json \
  scan-corpus/fixes/cases/Tresjs__tres__c467e64/case.json \
  scan-corpus/fixes/cases/Tresjs__tres__438e214/case.json \
  scan-corpus/fixes/cases/craftyjs__Crafty__96a544a/case.json \
  scan-corpus/fixes/cases/threlte__threlte__e28eed7/case.json \
  scan-corpus/fixes/cases/threlte__threlte__5d6326c/case.json \
  scan-corpus/fixes/cases/threlte__threlte__bc2215b/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07k";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
