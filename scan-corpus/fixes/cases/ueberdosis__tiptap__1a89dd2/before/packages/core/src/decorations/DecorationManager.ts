import type { Node } from '@tiptap/pm/model'
import type { EditorState, Transaction } from '@tiptap/pm/state'
import { Plugin } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { DecorationSet } from '@tiptap/pm/view'

import type { Editor } from '../Editor.js'
import type { Range } from '../types.js'
import { DECORATION_MANAGER_PLUGIN_KEY } from './constants.js'
import type { Decoration } from './Decoration.js'
import { buildDecorationSet } from './helpers/buildDecorationSet.js'
import { decorationsToPMDecorations } from './helpers/decorationsToPMDecorations.js'
import { filterOutOfRangeDecorations } from './helpers/filterOutOfRangeDecorations.js'
import { findDuplicateWidgetKeys } from './helpers/findDuplicateWidgetKeys.js'
import { getRebuildRanges } from './helpers/getRebuildRanges.js'
import { mapDecorations } from './helpers/mapDecorations.js'
import { mapDecorationSet } from './helpers/mapDecorationSet.js'
import { mergeDecorationSets } from './helpers/mergeDecorationSets.js'
import { replaceRecomputedDecorationSets } from './helpers/replaceRecomputedDecorationSets.js'
import { unionWidgetKeys } from './helpers/unionWidgetKeys.js'
import { validateDecorationSpec } from './helpers/validateDecorationSpec.js'
import { shouldRecomputeDecoration } from './helpers/shouldRecomputeDecoration.js'
import { widgetKeyOf } from './helpers/widgetKeyOf.js'
import type {
  DecorationCreateProps,
  DecorationManagerEntry,
  DecorationManagerState,
  DecorationMeta,
  DecorationRangeProps,
  DecorationSpec,
  ResolvedDecorationEntry,
} from './types.js'
export type { DecorationManagerEntry } from './types.js'

const EMPTY_KEYS: ReadonlySet<string> = new Set()

export function liveWidgetKeys(editor: Editor): ReadonlySet<string> {
  return editor.extensionManager?.decorationManager?.liveWidgetKeys() ?? EMPTY_KEYS
}

export class DecorationManager {
  editor: Editor
  entries: ResolvedDecorationEntry[]
  plugin: Plugin<DecorationManagerState> | null
  private warnedWidgetKeys = new Set<string>()
  private readonly handleBeforeTransaction = ({ nextState }: { nextState: EditorState }) => {
    const state = DECORATION_MANAGER_PLUGIN_KEY.getState(nextState)

    if (state) {
      this.warnDuplicateWidgetKeys(state)
    }
  }

  constructor(options: { editor: Editor; entries: DecorationManagerEntry[] }) {
    this.editor = options.editor
    this.entries = this.resolveEntries(options.entries)
    this.entries.forEach(({ name, spec }) => validateDecorationSpec(name, spec))
    this.plugin = this.entries.length > 0 ? this.createPlugin() : null

    this.editor.on('beforeTransaction', this.handleBeforeTransaction)
  }

  destroy(): void {
    this.editor.off('beforeTransaction', this.handleBeforeTransaction)
  }

  /**
   * Returns the set of live widget keys from all decoration extensions.
   * @returns A readonly set of widget keys
   */
  liveWidgetKeys(): ReadonlySet<string> {
    return DECORATION_MANAGER_PLUGIN_KEY.getState(this.editor.state)?.widgetKeys ?? EMPTY_KEYS
  }

  /**
   * The mounted editor view, or `null` when destroyed. Decoration callbacks
   * must never receive the placeholder view `editor.view` falls back to.
   * @returns The mounted editor view, or `null`
   */
  private get mountedView(): EditorView | null {
    return this.editor.isDestroyed ? null : this.editor.view
  }

  /**
   * Resolves decoration entries by calling the addDecorations function for each extension entry.
   * @param entries The decoration manager entries to resolve
   * @returns An array of resolved decoration entries
   */
  private resolveEntries(entries: DecorationManagerEntry[]): ResolvedDecorationEntry[] {
    const resolved: ResolvedDecorationEntry[] = []

    for (const { name, addDecorations } of entries) {
      const spec = addDecorations()

      if (spec) {
        resolved.push({ name, spec })
      }
    }

    return resolved
  }

  /**
   * Creates the ProseMirror plugin for managing decorations.
   * @returns A ProseMirror plugin with state management
   */
  private createPlugin(): Plugin<DecorationManagerState> {
    const { editor, entries } = this

    return new Plugin<DecorationManagerState>({
      key: DECORATION_MANAGER_PLUGIN_KEY,
      state: {
        init: (_config, state) => {
          const decorationSetsByExtension: Record<string, DecorationSet> = {}
          const widgetKeysByExtension: Record<string, Set<string>> = {}

          for (const { name, spec } of entries) {
            const { set, widgetKeys } = this.buildFullSet(name, spec, state)

            decorationSetsByExtension[name] = set
            widgetKeysByExtension[name] = widgetKeys
          }

          const managerState = {
            decorationSetsByExtension,
            widgetKeysByExtension,
            mergedDecorationSet: this.buildMergedSet(state.doc, decorationSetsByExtension),
            widgetKeys: unionWidgetKeys(widgetKeysByExtension),
          }

          this.warnDuplicateWidgetKeys(managerState)

          return managerState
        },
        apply: (tr, previous, oldState, newState) => {
          const meta = tr.getMeta(DECORATION_MANAGER_PLUGIN_KEY) as DecorationMeta | undefined
          const forceAll = meta?.type === 'force' && !meta.name
          const forceName = meta?.type === 'force' ? meta.name : undefined

          const decorationSetsByExtension: Record<string, DecorationSet> = {}
          const widgetKeysByExtension: Record<string, Set<string>> = {}
          const recomputedNames = new Set<string>()

          editor._isInDecorationApply = true

          try {
            for (const { name, spec } of entries) {
              const forced = forceAll || forceName === name
              const shouldRecompute = shouldRecomputeDecoration(
                spec,
                { editor, tr, oldState, newState },
                forced,
              )

              if (!shouldRecompute) {
                const result = mapDecorations(name, previous, tr)
                decorationSetsByExtension[name] = result.set
                widgetKeysByExtension[name] = result.widgetKeys
              } else if (spec.update === 'changedRanges' && tr.docChanged && !forced) {
                const result = this.applyChangedRangesRecompute(name, spec, previous, tr, newState)

                decorationSetsByExtension[name] = result.set
                widgetKeysByExtension[name] = result.widgetKeys
                recomputedNames.add(name)
              } else {
                const { set, widgetKeys } = this.buildFullSet(name, spec, newState)

                decorationSetsByExtension[name] = set
                widgetKeysByExtension[name] = widgetKeys
                recomputedNames.add(name)
              }
            }
          } finally {
            editor._isInDecorationApply = false
          }

          if (recomputedNames.size === 0 && !tr.docChanged) {
            return previous
          }

          const mergedDecorationSet = this.mergeAfterApply({
            entries,
            previous,
            tr,
            decorationSetsByExtension,
            recomputedNames,
          })

          return {
            decorationSetsByExtension,
            widgetKeysByExtension,
            mergedDecorationSet,
            widgetKeys: unionWidgetKeys(widgetKeysByExtension),
          }
        },
      },
      props: {
        decorations(state) {
          return (
            DECORATION_MANAGER_PLUGIN_KEY.getState(state)?.mergedDecorationSet ??
            DecorationSet.empty
          )
        },
      },
    })
  }

  /**
   * Applies changed ranges recomputation to a decoration set, dropping stale decorations and rebuilding only the touched blocks.
   * @param name The name of the decoration extension
   * @param spec The decoration spec
   * @param previous The previous decoration manager state
   * @param tr The transaction to apply
   * @param newState The new editor state
   * @returns The updated decoration set and widget keys
   */
  private applyChangedRangesRecompute(
    name: string,
    spec: DecorationSpec,
    previous: DecorationManagerState,
    tr: Transaction,
    newState: EditorState,
  ): { set: DecorationSet; widgetKeys: Set<string> } {
    const resolution = getRebuildRanges(tr, newState.doc)

    if (resolution.type === 'full') {
      return this.buildFullSet(name, spec, newState)
    }

    return this.rebuildRanges(name, spec, previous, tr, newState, resolution.ranges)
  }

  /**
   * Rebuilds decorations for the changed block ranges: maps the previous set
   * forward, then for each range removes stale decorations, calls
   * `createInRange`, and adds the new ones while syncing widget keys.
   * @param name The extension name.
   * @param spec The decoration spec.
   * @param previous The previous decoration manager state.
   * @param tr The transaction to apply.
   * @param newState The new editor state.
   * @param ranges The block ranges to rebuild.
   * @returns The updated decoration set and widget keys.
   */
  private rebuildRanges(
    name: string,
    spec: DecorationSpec,
    previous: DecorationManagerState,
    tr: Transaction,
    newState: EditorState,
    ranges: Range[],
  ): { set: DecorationSet; widgetKeys: Set<string> } {
    const previousSet = previous.decorationSetsByExtension[name] ?? DecorationSet.empty
    const widgetKeys = new Set<string>(previous.widgetKeysByExtension[name] ?? [])
    let set = mapDecorationSet(previousSet, tr.mapping, tr.doc, widgetKeys)

    for (const { from, to } of ranges) {
      // Owned by this block: everything in `[from, to)` plus zero-width widgets at `to`.
      // Keep this in sync with filterOutOfRangeDecorations.
      const stale = set
        .find(from, to)
        .filter(
          decoration =>
            decoration.from >= from && (decoration.from < to || decoration.from === decoration.to),
        )

      for (const decoration of stale) {
        const key = widgetKeyOf(decoration)

        if (key) {
          widgetKeys.delete(key)
        }
      }

      set = set.remove(stale)

      const rangeDecorations = filterOutOfRangeDecorations(
        spec.createInRange!({
          editor: this.editor,
          state: newState,
          view: this.mountedView,
          from,
          to,
        } satisfies DecorationRangeProps),
        from,
        to,
        name,
      )
      const { decorations: pmDecorations, widgetKeys: addedKeys } = decorationsToPMDecorations(
        rangeDecorations,
        name,
      )

      set = set.add(newState.doc, pmDecorations)

      for (const key of addedKeys) {
        widgetKeys.add(key)
      }
    }

    return { set, widgetKeys }
  }

  /**
   * Builds a full decoration set for the entire document.
   * @param name The name of the decoration extension
   * @param spec The decoration spec
   * @param state The editor state
   * @returns The decoration set and widget keys
   */
  private buildFullSet(
    name: string,
    spec: DecorationSpec,
    state: EditorState,
  ): { set: DecorationSet; widgetKeys: Set<string> } {
    const decorations: Decoration[] = spec.create({
      editor: this.editor,
      state,
      view: this.mountedView,
    } satisfies DecorationCreateProps)

    return buildDecorationSet(state.doc, decorations, name)
  }

  private warnDuplicateWidgetKeys(state: DecorationManagerState): void {
    const duplicateKeys = findDuplicateWidgetKeys(state.mergedDecorationSet)
    const nextWarningKeys = new Set(duplicateKeys.map(({ key }) => key))

    for (const { key, extensions } of duplicateKeys) {
      if (this.warnedWidgetKeys.has(key)) {
        continue
      }

      const names = Array.from(extensions)
        .map(name => `"${name}"`)
        .join(', ')

      console.warn(
        `[tiptap warn]: Duplicate widget decoration key "${key}" in extension${
          extensions.size === 1 ? '' : 's'
        } ${names}. Widget decoration keys must be globally unique, otherwise ProseMirror ` +
          'misplaces the widget DOM. Use a stable, unique key (e.g. `comment-${id}`).',
      )
    }

    this.warnedWidgetKeys = nextWarningKeys
  }

  /**
   * Builds the merged DecorationSet during init. Skips the merge for a
   * single extension since its per-extension set is already correct.
   * @param doc The document to build the merged set for.
   * @param decorationSetsByExtension The per-extension decoration sets.
   * @returns The merged decoration set.
   */
  private buildMergedSet(
    doc: Node,
    decorationSetsByExtension: Record<string, DecorationSet>,
  ): DecorationSet {
    const names = Object.keys(decorationSetsByExtension)

    if (names.length === 1) {
      return decorationSetsByExtension[names[0]]
    }

    return mergeDecorationSets(doc, decorationSetsByExtension)
  }

  /**
   * Computes the merged DecorationSet after apply. Single extension skips
   * the merge; no recompute maps forward; otherwise patches incrementally.
   */
  private mergeAfterApply({
    entries,
    previous,
    tr,
    decorationSetsByExtension,
    recomputedNames,
  }: {
    entries: ResolvedDecorationEntry[]
    previous: DecorationManagerState
    tr: Transaction
    decorationSetsByExtension: Record<string, DecorationSet>
    recomputedNames: Set<string>
  }): DecorationSet {
    if (entries.length === 1) {
      return decorationSetsByExtension[entries[0].name]
    }

    if (recomputedNames.size === 0) {
      return previous.mergedDecorationSet.map(tr.mapping, tr.doc)
    }

    return replaceRecomputedDecorationSets({
      doc: tr.doc,
      mapping: tr.mapping,
      previousMergedSet: previous.mergedDecorationSet,
      decorationSetsByExtension,
      recomputedNames,
    })
  }
}
