/**
 * Regions are visual overlays on the waveform that can be used to mark segments of audio.
 * Regions can be clicked on, dragged and resized.
 * You can set the color and content of each region, as well as their HTML content.
 */

import BasePlugin, { type BasePluginEvents } from '../base-plugin.js'
import EventEmitter from '../event-emitter.js'
import createElement from '../dom.js'
import { createDragStream } from '../reactive/drag-stream.js'
import { effect } from '../reactive/store.js'
import { fromEvent, cleanup as cleanupStream } from '../reactive/event-streams.js'

export type RegionsPluginOptions = undefined
export type UpdateSide = 'start' | 'end'
export type RegionsPluginEvents = BasePluginEvents & {
  /** When a new region is initialized but not rendered yet */
  'region-initialized': [region: Region]
  /** When a region is created */
  'region-created': [region: Region]
  /** When a region is being updated */
  'region-update': [region: Region, side?: UpdateSide]
  /** When a region is done updating */
  'region-updated': [region: Region, side?: UpdateSide]
  /** When a region is removed */
  'region-removed': [region: Region]
  /** When a region is clicked */
  'region-clicked': [region: Region, e: MouseEvent]
  /** When a region is double-clicked */
  'region-double-clicked': [region: Region, e: MouseEvent]
  /** When playback enters a region */
  'region-in': [region: Region]
  /** When playback leaves a region */
  'region-out': [region: Region]
  /** When region content is changed */
  'region-content-changed': [region: Region]
}

export type RegionEvents = {
  /** Before the region is removed */
  remove: []
  /** When the region's parameters are being updated */
  update: [side?: UpdateSide]
  /** When dragging or resizing is finished */
  'update-end': [side?: UpdateSide]
  /** When the region needs to be re-rendered */
  render: []
  /** On play */
  play: [end?: number]
  /** On mouse click */
  click: [event: MouseEvent]
  /** Double click */
  dblclick: [event: MouseEvent]
  /** Mouse over */
  over: [event: MouseEvent]
  /** Mouse leave */
  leave: [event: MouseEvent]
  /** content changed */
  'content-changed': []
}

export type RegionParams = {
  /** The id of the region, any string */
  id?: string
  /** The start position of the region (in seconds) */
  start: number
  /** The end position of the region (in seconds) */
  end?: number
  /** Allow/dissallow dragging the region */
  drag?: boolean
  /** Allow/dissallow resizing the region */
  resize?: boolean
  /** Allow/dissallow resizing the start of the region */
  resizeStart?: boolean
  /** Allow/dissallow resizing the end of the region */
  resizeEnd?: boolean
  /** The color of the region (CSS color) */
  color?: string
  /** Content string or HTML element */
  content?: string | HTMLElement
  /** Min length when resizing (in seconds) */
  minLength?: number
  /** Max length when resizing (in seconds) */
  maxLength?: number
  /** The index of the channel */
  channelIdx?: number
  /** Allow/Disallow contenteditable property for content */
  contentEditable?: boolean
}

class SingleRegion extends EventEmitter<RegionEvents> implements Region {
  public element: HTMLElement | null = null // Element is created on init
  public id: string
  public start: number
  public end: number
  public drag: boolean
  public resize: boolean
  public resizeStart: boolean
  public resizeEnd: boolean
  public color: string
  public content?: HTMLElement
  public minLength = 0
  public maxLength = Infinity
  public channelIdx: number
  public contentEditable = false
  public subscriptions: (() => void)[] = []
  public updatingSide?: UpdateSide = undefined
  public isRemoved = false
  private contentClickListener?: (e: MouseEvent) => void
  private contentBlurListener?: () => void

  constructor(
    params: RegionParams,
    private totalDuration: number,
    private numberOfChannels = 0,
  ) {
    super()

    this.subscriptions = []
    this.id = params.id || `region-${Math.random().toString(32).slice(2)}`
    this.start = this.clampPosition(params.start)
    this.end = this.clampPosition(params.end ?? params.start)
    this.drag = params.drag ?? true
    this.resize = params.resize ?? true
    this.resizeStart = params.resizeStart ?? true
    this.resizeEnd = params.resizeEnd ?? true
    this.color = params.color ?? 'rgba(0, 0, 0, 0.1)'
    this.minLength = params.minLength ?? this.minLength
    this.maxLength = params.maxLength ?? this.maxLength
    this.channelIdx = params.channelIdx ?? -1
    this.contentEditable = params.contentEditable ?? this.contentEditable
    this.element = this.initElement()
    this.setContent(params.content)
    this.setPart()

    this.renderPosition()
    this.initMouseEvents()
  }

  private clampPosition(time: number): number {
    return Math.max(0, Math.min(this.totalDuration, time))
  }

  private setPart() {
    const isMarker = this.start === this.end
    this.element?.setAttribute('part', `${isMarker ? 'marker' : 'region'} ${this.id}`)
  }

  private addResizeHandles(element: HTMLElement) {
    const handleStyle = {
      position: 'absolute',
      zIndex: '2',
      width: '6px',
      height: '100%',
      top: '0',
      cursor: 'ew-resize',
      wordBreak: 'keep-all',
    }

    const leftHandle = createElement(
      'div',
      {
        part: 'region-handle region-handle-left',
        style: {
          ...handleStyle,
          left: '0',
          borderLeft: '2px solid rgba(0, 0, 0, 0.5)',
          borderRadius: '2px 0 0 2px',
        },
      },
      element,
    )

    const rightHandle = createElement(
      'div',
      {
        part: 'region-handle region-handle-right',
        style: {
          ...handleStyle,
          right: '0',
          borderRight: '2px solid rgba(0, 0, 0, 0.5)',
          borderRadius: '0 2px 2px 0',
        },
      },
      element,
    )

    // Resize
    const resizeThreshold = 1
    const leftDragStream = createDragStream(leftHandle, { threshold: resizeThreshold })
    const rightDragStream = createDragStream(rightHandle, { threshold: resizeThreshold })

    const unsubscribeLeft = effect(() => {
      const drag = leftDragStream.signal.value
      if (!drag) return
      if (drag.type === 'move' && drag.deltaX !== undefined) {
        this.onResize(drag.deltaX, 'start')
      } else if (drag.type === 'end') {
        this.onEndResizing('start')
      }
    }, [leftDragStream.signal])

    const unsubscribeRight = effect(() => {
      const drag = rightDragStream.signal.value
      if (!drag) return
      if (drag.type === 'move' && drag.deltaX !== undefined) {
        this.onResize(drag.deltaX, 'end')
      } else if (drag.type === 'end') {
        this.onEndResizing('end')
      }
    }, [rightDragStream.signal])

    this.subscriptions.push(() => {
      unsubscribeLeft()
      unsubscribeRight()
      leftDragStream.cleanup()
      rightDragStream.cleanup()
    })
  }

  private removeResizeHandles(element: HTMLElement) {
    const leftHandle = element.querySelector('[part*="region-handle-left"]')
    const rightHandle = element.querySelector('[part*="region-handle-right"]')
    if (leftHandle) {
      element.removeChild(leftHandle)
    }
    if (rightHandle) {
      element.removeChild(rightHandle)
    }
  }

  private initElement(): HTMLElement | null {
    if (this.isRemoved) return null

    const isMarker = this.start === this.end

    let elementTop = 0
    let elementHeight = 100

    if (this.channelIdx >= 0 && this.numberOfChannels > 0 && this.channelIdx < this.numberOfChannels) {
      elementHeight = 100 / this.numberOfChannels
      elementTop = elementHeight * this.channelIdx
    }

    const element = createElement('div', {
      style: {
        position: 'absolute',
        top: `${elementTop}%`,
        height: `${elementHeight}%`,
        backgroundColor: isMarker ? 'none' : this.color,
        borderLeft: isMarker ? '2px solid ' + this.color : 'none',
        borderRadius: '2px',
        boxSizing: 'border-box',
        transition: 'background-color 0.2s ease',
        cursor: this.drag ? 'grab' : 'default',
        pointerEvents: 'all',
      },
    })

    // Add resize handles
    if (!isMarker && this.resize) {
      this.addResizeHandles(element)
    }

    return element
  }

  private renderPosition() {
    if (!this.element) return
    const start = this.start / this.totalDuration
    const end = (this.totalDuration - this.end) / this.totalDuration
    this.element.style.left = `${start * 100}%`
    this.element.style.right = `${end * 100}%`
  }

  private toggleCursor(toggle: boolean) {
    if (!this.drag || !this.element?.style) return
    this.element.style.cursor = toggle ? 'grabbing' : 'grab'
  }

  private initMouseEvents() {
    const { element } = this
    if (!element) return

    // Create event streams
    const clicks = fromEvent(element, 'click')
    const mouseenters = fromEvent(element, 'mouseenter')
    const mouseleaves = fromEvent(element, 'mouseleave')
    const dblclicks = fromEvent(element, 'dblclick')
    const pointerdowns = fromEvent(element, 'pointerdown')
    const pointerups = fromEvent(element, 'pointerup')

    // Subscribe to streams
    const unsubscribeClick = clicks.subscribe((e) => e && this.emit('click', e))
    const unsubscribeMouseenter = mouseenters.subscribe((e) => e && this.emit('over', e))
    const unsubscribeMouseleave = mouseleaves.subscribe((e) => e && this.emit('leave', e))
    const unsubscribeDblclick = dblclicks.subscribe((e) => e && this.emit('dblclick', e))
    const unsubscribePointerdown = pointerdowns.subscribe((e) => e && this.toggleCursor(true))
    const unsubscribePointerup = pointerups.subscribe((e) => e && this.toggleCursor(false))

    // Store cleanup
    this.subscriptions.push(() => {
      unsubscribeClick()
      unsubscribeMouseenter()
      unsubscribeMouseleave()
      unsubscribeDblclick()
      unsubscribePointerdown()
      unsubscribePointerup()
      cleanupStream(clicks)
      cleanupStream(mouseenters)
      cleanupStream(mouseleaves)
      cleanupStream(dblclicks)
      cleanupStream(pointerdowns)
      cleanupStream(pointerups)
    })

    // Drag
    const dragStream = createDragStream(element)

    const unsubscribeDrag = effect(() => {
      const drag = dragStream.signal.value
      if (!drag) return

      if (drag.type === 'start') {
        this.toggleCursor(true)
      } else if (drag.type === 'move' && drag.deltaX !== undefined) {
        this.onMove(drag.deltaX)
      } else if (drag.type === 'end') {
        this.toggleCursor(false)
        if (this.drag) this.emit('update-end')
      }
    }, [dragStream.signal])

    this.subscriptions.push(() => {
      unsubscribeDrag()
      dragStream.cleanup()
    })

    if (this.contentEditable && this.content) {
      this.contentClickListener = (e) => this.onContentClick(e)
      this.contentBlurListener = () => this.onContentBlur()
      this.content.addEventListener('click', this.contentClickListener)
      this.content.addEventListener('blur', this.contentBlurListener)
    }
  }

  public _onUpdate(dx: number, side?: UpdateSide, startTime?: number) {
    if (!this.element?.parentElement) return
    const { width } = this.element.parentElement.getBoundingClientRect()
    const deltaSeconds = (dx / width) * this.totalDuration
    let newStart = !side || side === 'start' ? this.start + deltaSeconds : this.start
    let newEnd = !side || side === 'end' ? this.end + deltaSeconds : this.end
    const isRegionCreating = startTime !== undefined // startTime is passed when the region is being created.
    if (isRegionCreating) {
      if (this.updatingSide && this.updatingSide !== side) {
        if (this.updatingSide === 'start') {
          newStart = startTime
        } else {
          newEnd = startTime
        }
      }
    }

    newStart = Math.max(0, newStart)
    newEnd = Math.min(this.totalDuration, newEnd)
    const length = newEnd - newStart

    this.updatingSide = side
    const resizeValid = length >= this.minLength && length <= this.maxLength
    if (newStart <= newEnd && (resizeValid || isRegionCreating)) {
      this.start = newStart
      this.end = newEnd

      this.renderPosition()
      this.emit('update', side)
    }
  }

  private onMove(dx: number) {
    if (!this.drag) return
    this._onUpdate(dx)
  }

  private onResize(dx: number, side: UpdateSide) {
    if (!this.resize) return
    if (!this.resizeStart && side === 'start') return
    if (!this.resizeEnd && side === 'end') return
    this._onUpdate(dx, side)
  }

  private onEndResizing(side: UpdateSide) {
    if (!this.resize) return
    this.emit('update-end', side)
    this.updatingSide = undefined
  }

  private onContentClick(event: MouseEvent) {
    event.stopPropagation()
    const contentContainer = event.target as HTMLDivElement
    contentContainer.focus()
    this.emit('click', event)
  }

  public onContentBlur() {
    this.emit('update-end')
  }

  public _setTotalDuration(totalDuration: number) {
    this.totalDuration = totalDuration
    this.renderPosition()
  }

  /** Play the region from the start, pass `true` to stop at region end */
  public play(stopAtEnd?: boolean) {
    this.emit('play', stopAtEnd && this.end !== this.start ? this.end : undefined)
  }

  /** Get Content as html or string */
  public getContent(asHTML: boolean = false): string | HTMLElement | undefined {
    if (asHTML) {
      return this.content || undefined
    }
    if (this.element instanceof HTMLElement) {
      return this.content?.innerHTML || undefined
    }
    return ''
  }

  /** Set the HTML content of the region */
  public setContent(content: RegionParams['content']) {
    if (!this.element) return

    // Remove event listeners from old content before removing it
    if (this.content && this.contentEditable) {
      if (this.contentClickListener) {
        this.content.removeEventListener('click', this.contentClickListener)
      }
      if (this.contentBlurListener) {
        this.content.removeEventListener('blur', this.contentBlurListener)
      }
    }

    this.content?.remove()
    if (!content) {
      this.content = undefined
      return
    }
    if (typeof content === 'string') {
      const isMarker = this.start === this.end
      this.content = createElement('div', {
        style: {
          padding: `0.2em ${isMarker ? 0.2 : 0.4}em`,
          display: 'inline-block',
        },
        textContent: content,
      })
    } else {
      this.content = content
    }
    if (this.contentEditable) {
      this.content.contentEditable = 'true'
      // Re-add event listeners to new content
      this.contentClickListener = (e) => this.onContentClick(e)
      this.contentBlurListener = () => this.onContentBlur()
      this.content.addEventListener('click', this.contentClickListener)
      this.content.addEventListener('blur', this.contentBlurListener)
    }
    this.content.setAttribute('part', 'region-content')
    this.element.appendChild(this.content)
    this.emit('content-changed')
  }

  /** Update the region's options */
  public setOptions(
    options: Partial<
      Pick<RegionParams, 'color' | 'start' | 'end' | 'drag' | 'content' | 'id' | 'resize' | 'resizeStart' | 'resizeEnd'>
    >,
  ) {
    if (!this.element) return

    if (options.color) {
      this.color = options.color
      this.element.style.backgroundColor = this.color
    }

    if (options.drag !== undefined) {
      this.drag = options.drag
      this.element.style.cursor = this.drag ? 'grab' : 'default'
    }

    if (options.start !== undefined || options.end !== undefined) {
      const isMarker = this.start === this.end
      this.start = this.clampPosition(options.start ?? this.start)
      this.end = this.clampPosition(options.end ?? (isMarker ? this.start : this.end))
      this.renderPosition()
      this.setPart()
      this.emit('render')
    }

    if (options.content) {
      this.setContent(options.content)
    }

    if (options.id) {
      this.id = options.id
      this.setPart()
    }

    if (options.resize !== undefined && options.resize !== this.resize) {
      const isMarker = this.start === this.end
      this.resize = options.resize
      if (this.resize && !isMarker) {
        this.addResizeHandles(this.element)
      } else {
        this.removeResizeHandles(this.element)
      }
    }

    if (options.resizeStart !== undefined) {
      this.resizeStart = options.resizeStart
    }

    if (options.resizeEnd !== undefined) {
      this.resizeEnd = options.resizeEnd
    }
  }

  /** Remove the region */
  public remove() {
    this.isRemoved = true
    this.emit('remove')

    // Clean up all subscriptions (drag streams, event listeners, etc.)
    this.subscriptions.forEach((unsubscribe) => unsubscribe())
    this.subscriptions = []

    // Clean up content event listeners
    if (this.content && this.contentEditable) {
      if (this.contentClickListener) {
        this.content.removeEventListener('click', this.contentClickListener)
        this.contentClickListener = undefined
      }
      if (this.contentBlurListener) {
        this.content.removeEventListener('blur', this.contentBlurListener)
        this.contentBlurListener = undefined
      }
    }

    // Remove DOM element
    if (this.element) {
      this.element.remove()
      this.element = null
    }

    // Clear all event listeners from the EventEmitter
    this.unAll()
  }
}

class RegionsPlugin extends BasePlugin<RegionsPluginEvents, RegionsPluginOptions> {
  private regions: Region[] = []
  private regionsContainer: HTMLElement

  /** Create an instance of RegionsPlugin */
  constructor(options?: RegionsPluginOptions) {
    super(options)
    this.regionsContainer = this.initRegionsContainer()
  }

  /** Create an instance of RegionsPlugin */
  public static create(options?: RegionsPluginOptions) {
    return new RegionsPlugin(options)
  }

  /** Called by wavesurfer, don't call manually */
  onInit() {
    if (!this.wavesurfer) {
      throw Error('WaveSurfer is not initialized')
    }
    this.wavesurfer.getWrapper().appendChild(this.regionsContainer)

    // Update region durations when a new audio file is loaded
    this.subscriptions.push(
      this.wavesurfer.on('ready', (duration) => {
        this.regions.forEach((region) => region._setTotalDuration(duration))
      }),
    )

    let activeRegions: Region[] = []
    this.subscriptions.push(
      this.wavesurfer.on('timeupdate', (currentTime) => {
        // Detect when regions are being played
        const playedRegions = this.regions.filter(
          (region) =>
            region.start <= currentTime &&
            (region.end === region.start ? region.start + 0.05 : region.end) >= currentTime,
        )

        // Trigger region-in when activeRegions doesn't include a played regions
        playedRegions.forEach((region) => {
          if (!activeRegions.includes(region)) {
            this.emit('region-in', region)
          }
        })

        // Trigger region-out when activeRegions include a un-played regions
        activeRegions.forEach((region) => {
          if (!playedRegions.includes(region)) {
            this.emit('region-out', region)
          }
        })

        // Update activeRegions only played regions
        activeRegions = playedRegions
      }),
    )
  }

  private initRegionsContainer(): HTMLElement {
    return createElement('div', {
      part: 'regions-container',
      style: {
        position: 'absolute',
        top: '0',
        left: '0',
        width: '100%',
        height: '100%',
        zIndex: '5',
        pointerEvents: 'none',
      },
    })
  }

  /** Get all created regions */
  public getRegions(): Region[] {
    return this.regions
  }

  private avoidOverlapping(region: Region) {
    if (!region.content || region.isRemoved) return

    setTimeout(() => {
      if (!region.content) return

      // Check that the label doesn't overlap with other labels
      // If it does, push it down until it doesn't
      // only check regions that are before us in the list -- otherwise
      // both overlapping regions will try to move down away from each other.
      const div = region.content as HTMLElement
      div.style.marginTop = '0'
      const box = div.getBoundingClientRect()

      const regionIndex = this.regions.indexOf(region)
      if (regionIndex < 0) return

      const overlap = this.regions
        .slice(0, regionIndex)
        .filter((reg) => !reg.isRemoved)
        .reduce<DOMRect[]>((boxes, reg) => {
          if (reg === region || !reg.content) return boxes

          const otherBox = reg.content.getBoundingClientRect()
          if (box.left < otherBox.right && otherBox.left < box.right) {
            boxes.push(otherBox)
          }
          return boxes
        }, [])
        .sort((a, b) => a.top - b.top)
        .reduce((marginTop, otherBox) => {
          const top = box.top + marginTop
          const bottom = top + box.height
          if (top < otherBox.bottom && otherBox.top < bottom) {
            return otherBox.bottom - box.top + 2
          }
          return marginTop
        }, 0)

      div.style.marginTop = `${overlap}px`
    }, 10)
  }

  private avoidOverlappingAll() {
    this.regions.forEach((region) => this.avoidOverlapping(region))
  }

  private adjustScroll(region: Region) {
    if (!region.element) return
    const scrollContainer = this.wavesurfer?.getWrapper()?.parentElement
    if (!scrollContainer) return
    const { clientWidth, scrollWidth } = scrollContainer
    if (scrollWidth <= clientWidth) return
    const scrollBbox = scrollContainer.getBoundingClientRect()
    const bbox = region.element.getBoundingClientRect()
    const left = bbox.left - scrollBbox.left
    const right = bbox.right - scrollBbox.left
    if (left < 0) {
      scrollContainer.scrollLeft += left
    } else if (right > clientWidth) {
      scrollContainer.scrollLeft += right - clientWidth
    }
  }

  private virtualAppend(region: Region, container: HTMLElement, element: HTMLElement) {
    const renderIfVisible = () => {
      if (!this.wavesurfer) return
      const clientWidth = this.wavesurfer.getWidth()
      const scrollLeft = this.wavesurfer.getScroll()
      const scrollWidth = container.clientWidth
      const duration = this.wavesurfer.getDuration()
      const start = Math.round((region.start / duration) * scrollWidth)
      const width = Math.round(((region.end - region.start) / duration) * scrollWidth) || 1

      // Check if the region is between the scrollLeft and scrollLeft + clientWidth
      const isVisible = start + width > scrollLeft && start < scrollLeft + clientWidth

      if (isVisible && !element.parentElement) {
        container.appendChild(element)
      } else if (!isVisible && element.parentElement) {
        element.remove()
      }
    }

    setTimeout(() => {
      // Check if region was removed before setTimeout executed
      if (!this.wavesurfer || !region.element) return
      renderIfVisible()

      const unsubscribeScroll = this.wavesurfer.on('scroll', renderIfVisible)
      const unsubscribeZoom = this.wavesurfer.on('zoom', renderIfVisible)
      const unsubscribeResize = this.wavesurfer.on('resize', renderIfVisible)
      const unsubscribeRender = region.on('render', renderIfVisible)

      // Only push the unsubscribe functions, not the once() return values
      const virtualAppendSubscriptions = [unsubscribeScroll, unsubscribeZoom, unsubscribeResize, unsubscribeRender]
      this.subscriptions.push(...virtualAppendSubscriptions)

      // Clean up subscriptions when region is removed
      region.once('remove', () => {
        unsubscribeScroll()
        unsubscribeZoom()
        unsubscribeResize()
        unsubscribeRender()
        // Prune this region's now-dead unsubscribe closures from the plugin-level
        // subscriptions array; otherwise it only gets emptied in destroy(), so every
        // removed region stays retained (via its captured closures) for the plugin's lifetime.
        this.subscriptions = this.subscriptions.filter((sub) => !virtualAppendSubscriptions.includes(sub))
      })
    }, 0)
  }

  private saveRegion(region: Region) {
    if (!region.element) return
    this.virtualAppend(region, this.regionsContainer, region.element)
    this.avoidOverlapping(region)
    this.regions.push(region)

    const regionSubscriptions = [
      region.on('update', (side) => {
        // Undefined side indicates that we are dragging not resizing
        if (!side) {
          this.adjustScroll(region)
        }
        this.emit('region-update', region, side)
      }),

      region.on('update-end', (side) => {
        this.avoidOverlappingAll()
        this.emit('region-updated', region, side)
      }),

      region.on('play', (end?: number) => {
        this.wavesurfer?.play(region.start, end)
      }),

      region.on('click', (e) => {
        this.emit('region-clicked', region, e)
      }),

      region.on('dblclick', (e) => {
        this.emit('region-double-clicked', region, e)
      }),
      region.on('content-changed', () => {
        this.emit('region-content-changed', region)
      }),

      // Remove the region from the list when it's removed
      region.once('remove', () => {
        regionSubscriptions.forEach((unsubscribe) => unsubscribe())
        // Prune this region's now-dead unsubscribe closures from the plugin-level
        // subscriptions array; otherwise it only gets emptied in destroy(), so every
        // removed region stays retained (via its captured closures) for the plugin's lifetime.
        this.subscriptions = this.subscriptions.filter((sub) => !regionSubscriptions.includes(sub))
        this.regions = this.regions.filter((reg) => reg !== region)
        this.emit('region-removed', region)
      }),
    ]

    this.subscriptions.push(...regionSubscriptions)

    this.emit('region-created', region)
  }

  /** Create a region with given parameters */
  public addRegion(options: RegionParams): Region {
    if (!this.wavesurfer) {
      throw Error('WaveSurfer is not initialized')
    }

    const duration = this.wavesurfer.getDuration()
    const numberOfChannels = this.wavesurfer?.getDecodedData()?.numberOfChannels
    const region = new SingleRegion(options, duration, numberOfChannels)
    this.emit('region-initialized', region)

    if (!duration) {
      // Prune this once('ready') unsubscriber after it fires instead of retaining it
      // (and the region it captures) in the plugin-level subscriptions array until destroy().
      const unsubscribeReady = this.wavesurfer.once('ready', (duration) => {
        region._setTotalDuration(duration)
        this.saveRegion(region)
        this.subscriptions = this.subscriptions.filter((sub) => sub !== unsubscribeReady)
      })
      this.subscriptions.push(unsubscribeReady)
    } else {
      this.saveRegion(region)
    }

    return region
  }

  /**
   * Enable creation of regions by dragging on an empty space on the waveform.
   * Returns a function to disable the drag selection.
   */
  public enableDragSelection(options: Omit<RegionParams, 'start' | 'end'>, threshold = 3): () => void {
    const wrapper = this.wavesurfer?.getWrapper()
    if (!wrapper || !(wrapper instanceof HTMLElement)) return () => undefined

    const initialSize = 5
    let region: Region | null = null
    let startX = 0
    let startTime = 0

    const dragStream = createDragStream(wrapper, { threshold })

    const unsubscribe = effect(() => {
      const drag = dragStream.signal.value
      if (!drag) return

      if (drag.type === 'start') {
        // On drag start
        startX = drag.x
        if (!this.wavesurfer) return
        const duration = this.wavesurfer.getDuration()
        const numberOfChannels = this.wavesurfer?.getDecodedData()?.numberOfChannels
        const { width } = this.wavesurfer.getWrapper().getBoundingClientRect()
        startTime = (startX / width) * duration

        // Calculate the start time of the region
        const start = (drag.x / width) * duration
        // Give the region a small initial size
        const end = ((drag.x + initialSize) / width) * duration

        // Create a region but don't save it until the drag ends
        region = new SingleRegion(
          {
            ...options,
            start,
            end,
          },
          duration,
          numberOfChannels,
        )

        this.emit('region-initialized', region)

        // Just add it to the DOM for now
        if (region.element) {
          this.regionsContainer.appendChild(region.element)
        }
      } else if (drag.type === 'move' && drag.deltaX !== undefined) {
        // On drag move
        if (region) {
          // Update the end position of the region
          // If we're dragging to the left, we need to update the start instead
          region._onUpdate(drag.deltaX, drag.x > startX ? 'end' : 'start', startTime)
        }
      } else if (drag.type === 'end') {
        // On drag end
        if (region) {
          this.saveRegion(region)
          region.updatingSide = undefined
          region = null
        }
      }
    }, [dragStream.signal])

    return () => {
      unsubscribe()
      dragStream.cleanup()
    }
  }

  /** Remove all regions */
  public clearRegions() {
    const regions = this.regions.slice()
    regions.forEach((region) => region.remove())
    this.regions = []
  }

  /** Destroy the plugin and clean up */
  public destroy() {
    this.clearRegions()
    super.destroy()
    this.regionsContainer.remove()
  }
}

export default RegionsPlugin
export type Region = SingleRegion
