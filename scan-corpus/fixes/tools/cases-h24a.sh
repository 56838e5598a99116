#!/usr/bin/env bash
# Batch 2026-12-05k, list (a): leak-fix cases from CesiumGS/cesium, Grsmto/simplebar, airbnb/lottie-web,
# atlassian/react-beautiful-dnd, ckeditor/ckeditor5-vue, d2-projects/d2-admin, hustcc/echarts-for-react,
# katspaugh/wavesurfer.js, microsoft/monaco-editor, mui/material-ui, nhn/tui.editor, vuejs/vue-apollo,
# xyflow/xyflow (held-out half). cesium and material-ui were over the fetch limit; ckeditor5-vue is
# GPL-2.0+ (no case). Added by a helper from reading the diffs (no scan was run). Mirrors from the
# `fetch` tool under /work/.mirror/<owner>+<name>/repo. `types` cases then get their imports with
# add-imports.ts (--depth 2 --max-lines 6000). After running, set "batch": "2026-12-05k" in each case.json.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }
imports() { npx tsx test/scan/eval/add-imports.ts "$@" --depth 2 --max-lines 6000; }

# Grsmto/simplebar
add $M/Grsmto+simplebar/repo 256a9a5 packages/simplebar-vue/index.vue --repo Grsmto/simplebar --license MIT \
  --class types --kind disposable --receiver 'this.SimpleBar' --event null --line 134 --shape missing-teardown \
  --desc 'The Vue wrapper creates a SimpleBar instance (window listeners, observers) in mounted and never unmounts it; the fix adds a beforeUnmount hook calling unMount().'
add $M/Grsmto+simplebar/repo 07c0e04 packages/simplebar-angular/src/lib/simplebar-angular.component.ts --repo Grsmto/simplebar --license MIT \
  --class types --kind disposable --receiver 'this.SimpleBar' --event null --line 36 --shape identity-mistake \
  --desc 'ngOnDestroy called destroy(), a method SimpleBar does not have, so the instance and its listeners were never torn down; the fix calls unMount().'
add $M/Grsmto+simplebar/repo 1d29766 packages/simplebar/src/index.js --repo Grsmto/simplebar --license MIT \
  --class runtime --kind disposable --receiver 'SimpleBar.instances' --event null --line 35 --shape missing-removal \
  --desc 'The global MutationObserver tested removed nodes with a selector string passed to hasAttribute and a selector that excluded initialised elements, so instances of removed nodes were never unmounted; the fix corrects the checks.'

# airbnb/lottie-web
add $M/airbnb+lottie-web/repo 0960a6ce player/js/elements/svgElements/SVGTextElement.js --repo airbnb/lottie-web --license MIT \
  --class types --kind disposable --receiver 'this.textSpans[i].glyph' --event null --line 187 --shape field-overwritten \
  --desc 'Rebuilding text replaced each span glyph element with a new SVGShapeElement/SVGCompElement without destroying the old one or removing its layer; the fix removes and destroys the previous glyph.'
add $M/airbnb+lottie-web/repo ccb3df5b player/js/worker_wrapper.js --repo airbnb/lottie-web --license MIT \
  --class runtime --kind other --receiver 'animations' --event null --line 728 --shape late-connect \
  --desc 'An animation destroyed before its data resolved was still registered and loaded in the worker when the promise settled; the fix marks it destroyable and destroys it on load instead.'

# atlassian/react-beautiful-dnd — left out when the batch was merged: a Flow-typed file neither
# parser reads (as rsocket-js's and vue-router's before); kept here commented out.
# add $M/atlassian+react-beautiful-dnd/repo bee99715 src/view/drag-drop-context/drag-drop-context.jsx --repo atlassian/react-beautiful-dnd --license Apache-2.0 \
#   --class syntactic --kind listener --receiver 'window' --event error --line 151 --shape on-instead-of-off \
#   --desc 'componentWillUnmount called window.addEventListener instead of removeEventListener for the error handler, so every unmounted context stayed attached to window; the fix removes it.'

# d2-projects/d2-admin
add $M/d2-projects+d2-admin/repo f6d665e2 src/layout/header-aside/components/menu-header/index.vue --repo d2-projects/d2-admin --license MIT \
  --class syntactic --kind listener --receiver 'window' --event load --line 112 --shape missing-in-teardown \
  --desc 'The header menu added a window load listener in mounted that beforeDestroy never removed (only the resize one); the fix removes it too.'

# hustcc/echarts-for-react
add $M/hustcc+echarts-for-react/repo 44c1e27 src/core.jsx --repo hustcc/echarts-for-react --license MIT \
  --class syntactic --kind listener --receiver 'instance' --event null --line 95 --shape per-render-registration \
  --desc 'componentDidUpdate re-bound every onEvents handler on the same echarts instance on each update, piling up listeners; the fix stops binding there.'
add $M/hustcc+echarts-for-react/repo 2346edc src/core.tsx --repo hustcc/echarts-for-react --license MIT \
  --class syntactic --kind listener --receiver 'instance' --event null --line 170 --shape identity-mistake \
  --desc 'Handlers were registered as wrapper closures but removed by the user callbacks, so off() matched nothing and old handlers piled up on each onEvents change; the fix stores and removes the wrappers.'

# katspaugh/wavesurfer.js
add $M/katspaugh+wavesurfer.js/repo 12dd87f0 src/plugins/hover.ts --repo katspaugh/wavesurfer.js --license BSD-3-Clause \
  --class syntactic --kind listener --receiver 'container' --event wheel --line 96 --shape identity-mistake \
  --desc 'The hover plugin added its wheel listener with onPointerMove but removed onPointerLeave, so the wheel handler outlived the plugin; the fix removes the right function.'
add $M/katspaugh+wavesurfer.js/repo d7161f53 src/renderer.ts --repo katspaugh/wavesurfer.js --license BSD-3-Clause \
  --class syntactic --kind listener --receiver 'this' --event scroll --line 587 --shape field-overwritten \
  --desc 'With split channels each channel render overwrote unsubscribeOnScroll, so only the last scroll subscription was ever removed and the others piled up on re-render; the fix keeps them all in an array.'
add $M/katspaugh+wavesurfer.js/repo f023a728 src/plugins/envelope.ts --repo katspaugh/wavesurfer.js --license BSD-3-Clause \
  --class types --kind listener --receiver 'polyline' --event null --line 112 --shape discarded-disposable \
  --desc 'The envelope polyline discarded the unsubscribe functions returned by makeDraggable for the line and each point, so their DOM listeners were never removed; the fix collects them and calls them in destroy().'
add $M/katspaugh+wavesurfer.js/repo 3b1a54da src/plugins/record.ts --repo katspaugh/wavesurfer.js --license BSD-3-Clause \
  --class runtime --kind disposable --receiver 'audioContext' --event null --line 97 --shape missing-in-teardown \
  --desc 'Each startMic created an AudioContext and source that were closed only when the plugin was destroyed, so stopping the mic left them open and they piled up across recordings; the fix closes them in stopMic.'
add $M/katspaugh+wavesurfer.js/repo 27171526 src/plugins/regions.ts --repo katspaugh/wavesurfer.js --license BSD-3-Clause \
  --class runtime --kind listener --receiver 'this.subscriptions' --event null --line 734 --shape retention \
  --desc 'Per-region unsubscribe closures were pushed to the plugin-level subscriptions array and kept after the region was removed, retaining every removed region; the fix prunes them on removal.'

# microsoft/monaco-editor
add $M/microsoft+monaco-editor/repo 3248b946 src/languageFeatures.ts --repo microsoft/monaco-editor --license MIT \
  --class syntactic --kind disposable --receiver 'model' --event null --line 61 --shape discarded-disposable \
  --desc 'On model removal the diagnostics adapter deleted the stored onDidChangeContent subscription without disposing it (and left its validation timeout); the fix disposes both.'
add $M/microsoft+monaco-editor/repo 6b854819 src/languageFeatures.ts --repo microsoft/monaco-editor --license MIT \
  --class types --kind disposable --receiver 'defaults' --event null --line 70 --shape discarded-disposable \
  --desc 'The diagnostics adapter subscribed to defaults.onDidChange and dropped the disposable, so the listener on the long-lived defaults outlived the adapter; the fix adds it to _disposables.'
add $M/microsoft+monaco-editor/repo ce36afc6 website/src/website/pages/playground/PlaygroundPageContent.tsx --repo microsoft/monaco-editor --license MIT \
  --class types --kind disposable --receiver 'this.model' --event null --line 414 --shape missing-in-teardown \
  --desc 'The playground Editor component created a monaco text model per instance and never disposed it on unmount, leaving it in the global model registry; the fix disposes it.'

# nhn/tui.editor
add $M/nhn+tui.editor/repo 84642fc8d apps/editor/src/js/mdPreview.js --repo nhn/tui.editor --license MIT \
  --class syntactic --kind listener --receiver 'this.$el' --event scroll --line 45 --shape missing-teardown \
  --desc 'The markdown preview bound a scroll handler on its element and had no teardown; the fix adds remove() that unbinds it and the editor calls it.'
add $M/nhn+tui.editor/repo 84642fc8d apps/editor/src/js/wysiwygEditor.js 2 --repo nhn/tui.editor --license MIT \
  --class syntactic --kind listener --receiver 'this.$editorContainerEl' --event scroll --line 352 --shape missing-in-teardown \
  --desc 'The WYSIWYG editor bound a scroll handler on its container element that remove() did not unbind; the fix turns it off in remove().'
add $M/nhn+tui.editor/repo 84642fc8d apps/editor/src/js/extensions/colorSyntax.js 3 --repo nhn/tui.editor --license MIT \
  --class syntactic --kind listener --receiver "popup.\$el.find('.te-apply-button')" --event click --line 239 --shape missing-in-teardown \
  --desc 'The color syntax extension bound a click handler on the popup apply button and on removeEditor only unbound the color picker; the fix also unbinds the button and removes the popup.'
add $M/nhn+tui.editor/repo 84642fc8d apps/editor/src/js/ui/defaultUI.js 4 --repo nhn/tui.editor --license MIT \
  --class types --kind disposable --receiver 'this._toolbar' --event null --line 168 --shape missing-in-teardown \
  --desc 'DefaultUI.remove() removed only its element, not the toolbar (whose MutationObserver stayed connected), tab, mode switch and popups; the fix destroys and removes them.'

# vuejs/vue-apollo
add $M/vuejs+vue-apollo/repo f31fa15 packages/vue-apollo-option/src/dollar-apollo.js --repo vuejs/vue-apollo --license MIT \
  --class runtime --kind listener --receiver 'options.linkedQuery._linkedSubscriptions' --event null --line 151 --shape per-call-on-shared \
  --desc 'Each re-created smart subscription linked to a query was pushed to the query linked-subscriptions array without replacing the previous one with the same key, so they piled up; the fix replaces by key.'
add $M/vuejs+vue-apollo/repo a90840c packages/vue-apollo-components/src/ApolloSubscribeToMore.js --repo vuejs/vue-apollo --license MIT \
  --class runtime --kind disposable --receiver 'this.getDollarApollo()' --event null --line 62 --shape wrong-event \
  --desc 'The Vue 3 ApolloSubscribeToMore component tore its smart subscription down in beforeDestroy, a hook Vue 3 never calls, so it outlived the component; the fix uses beforeUnmount.'
add $M/vuejs+vue-apollo/repo b57f2be packages/vue-apollo-composable/src/util/loadingTracking.ts --repo vuejs/vue-apollo --license MIT \
  --class runtime --kind other --receiver 'globalTracking.components' --event null --line 33 --shape retention \
  --desc 'On the server each effect scope was added to a global tracking map whose onScopeDispose cleanup never runs in SSR, so entries piled up per request; the fix skips the global map on the server.'

# xyflow/xyflow
add $M/xyflow+xyflow/repo 5124b6b13 src/container/NodeRenderer/index.tsx --repo xyflow/xyflow --license MIT \
  --class syntactic --kind other --receiver 'resizeObserver' --event null --line 52 --shape missing-teardown \
  --desc 'The node renderer created a ResizeObserver in useMemo and never disconnected it on unmount; the fix keeps a ref and disconnects it in an effect cleanup.'

# types cases: copy the modules they import
imports $M/Grsmto+simplebar/repo Grsmto__simplebar__256a9a5
imports $M/Grsmto+simplebar/repo Grsmto__simplebar__07c0e04
imports $M/airbnb+lottie-web/repo airbnb__lottie-web__0960a6c
imports $M/katspaugh+wavesurfer.js/repo katspaugh__wavesurfer.js__f023a72
imports $M/microsoft+monaco-editor/repo microsoft__monaco-editor__6b85481
imports $M/microsoft+monaco-editor/repo microsoft__monaco-editor__ce36afc
imports $M/nhn+tui.editor/repo nhn__tui.editor__84642fc__4
