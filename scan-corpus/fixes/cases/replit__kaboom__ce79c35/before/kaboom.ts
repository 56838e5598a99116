const VERSION = "3000.0.0-alpha.23"

import {
	sat,
	vec2,
	Rect,
	Polygon,
	Line,
	Circle,
	Color,
	Vec2,
	Mat4,
	Quad,
	RNG,
	quad,
	rgb,
	hsl2rgb,
	rand,
	randi,
	randSeed,
	chance,
	choose,
	clamp,
	lerp,
	map,
	mapc,
	wave,
	testLineLine,
	testRectRect,
	testRectLine,
	testRectPoint,
	testPolygonPoint,
	testCirclePoint,
	deg2rad,
	rad2deg,
} from "./math"

import easings from "./easings"

import {
	IDList,
	Event,
	EventHandler,
	download,
	downloadText,
	downloadJSON,
	downloadBlob,
	uid,
	isDataURL,
	getExt,
	deepEq,
	dataURLToArrayBuffer,
	// eslint-disable-next-line
	warn,
	// eslint-disable-next-line
	benchmark,
	// eslint-disable-next-line
	comparePerf,
	BinaryHeap,
} from "./utils"

import {
	GfxShader,
	GfxFont,
	RenderProps,
	CharTransform,
	TextureOpt,
	FormattedText,
	FormattedChar,
	DrawRectOpt,
	DrawLineOpt,
	DrawLinesOpt,
	DrawTriangleOpt,
	DrawPolygonOpt,
	DrawCircleOpt,
	DrawEllipseOpt,
	DrawUVQuadOpt,
	Vertex,
	FontData,
	BitmapFontData,
	ShaderData,
	LoadSpriteSrc,
	LoadSpriteOpt,
	SpriteAtlasData,
	LoadBitmapFontOpt,
	KaboomCtx,
	KaboomOpt,
	AudioPlay,
	AudioPlayOpt,
	DrawSpriteOpt,
	DrawTextOpt,
	TextAlign,
	GameObj,
	EventController,
	SceneID,
	SceneDef,
	CompList,
	Comp,
	Tag,
	Key,
	MouseButton,
	PosComp,
	ScaleComp,
	RotateComp,
	ColorComp,
	OpacityComp,
	Anchor,
	AnchorComp,
	ZComp,
	FollowComp,
	MoveComp,
	OffScreenCompOpt,
	OffScreenComp,
	AreaCompOpt,
	AreaComp,
	SpriteComp,
	SpriteCompOpt,
	SpriteAnimPlayOpt,
	SpriteAnims,
	TextComp,
	TextCompOpt,
	RectComp,
	RectCompOpt,
	UVQuadComp,
	CircleComp,
	OutlineComp,
	TimerComp,
	BodyComp,
	BodyCompOpt,
	Uniform,
	ShaderComp,
	FixedComp,
	StayComp,
	HealthComp,
	LifespanComp,
	LifespanCompOpt,
	StateComp,
	Debug,
	KaboomPlugin,
	MergeObj,
	LevelComp,
	TileComp,
	ObstacleComp,
	LevelOpt,
	Cursor,
	Recording,
	BoomOpt,
	PeditFile,
	Shape,
	DoubleJumpComp,
	VirtualButton,
	TimerController,
	TweenController,
	LoadFontOpt,
	CostComp,
	EdgeMask,
	EdgesComp,
	PathfindingComp,
	AgentComp,
} from "./types"

import FPSCounter from "./fps"
import Timer from "./timer"

// @ts-ignore
import beanSpriteSrc from "./assets/bean.png"
// @ts-ignore
import burpSoundSrc from "./assets/burp.mp3"
// @ts-ignore
import kaSpriteSrc from "./assets/ka.png"
// @ts-ignore
import boomSpriteSrc from "./assets/boom.png"
/* leakguard corpus: lines 173-397 pruned */
export default (gopt: KaboomOpt = {}): KaboomCtx => {
/* leakguard corpus: lines 399-5523 pruned */
	function pathfinding() : PathfindingComp {
		let _costMap: number[] | undefined
		let _edgeMap: number[] | undefined
		let _connectivityMap: number[] | undefined
	
		return {
			id: "pathfinding",
			require: ["level"],
			add(this: GameObj<LevelComp | PathfindingComp>) {
				this.onNavigationMapInvalid(() => {
					this.invalidateNavigationMap()
					this.trigger("navigation_map_changed")
				})
			},
	
			invalidateNavigationMap() {
				_costMap = null
				_edgeMap = null
				_connectivityMap = null
			},
	
			onNavigationMapChanged(this: GameObj<LevelComp | PathfindingComp>, cb: () => void) {
				this.on("navigation_map_changed", cb)
			},
	
			getTilePath(this: GameObj<LevelComp | PathfindingComp>, from: Vec2, to: Vec2, diagonals: boolean) {
				if (!_costMap) {
					this._createCostMap()
				}
				if (!_edgeMap) {
					this._createEdgeMap()
				}
				if (!_connectivityMap) {
					this._createConnectivityMap()
				}
	
				// Tiles are outside the grid
				const numColumns = this.numColumns()
				const numRows = this.numRows()
				if (from.x < 0 || from.x >= numColumns ||
					from.y < 0 || from.y >= numRows) {
					return null
				}
				if (to.x < 0 || to.x >= numColumns ||
					to.y < 0 || to.y >= numRows) {
					return null
				}
	
				const start = this._tile2Hash(from)
				const goal = this._tile2Hash(to)
	
				// Tiles are not accessible
				// If we test the start tile, we may get stuck
				/*if (_costMap[start] === Infinity) {
					return null
				}*/
				if (_costMap[goal] === Infinity) {
					return null
				}
	
				// Same Tile, no waypoints needed
				if (start === goal) {
					return []
				}
	
				// Tiles are not within the same section
				// If we test the start tile when invalid, we may get stuck
				if (_connectivityMap[start] != -1 && _connectivityMap[start] !== _connectivityMap[goal]) {
					return null
				}
	
				// Find a path
				interface CostNode { cost: number, node: number }
				const frontier = new BinaryHeap<CostNode>((a: CostNode, b: CostNode) => a.cost < b.cost)
				frontier.insert({ cost: 0, node: start })
	
				const cameFrom = new Map<number, number>()
				cameFrom.set(start, start)
				const costSoFar = new Map<number, number>()
				costSoFar.set(start, 0)
	
				while (frontier.length !== 0) {
					const current = frontier.remove()?.node
	
					if (current === goal)
						break
	
					const neighbours = this._getNeighbours(current, diagonals)
					for (const next of neighbours) {
						const newCost = (costSoFar.get(current) || 0) +
							this._getCost(current, next) +
							this._getHeuristic(next, goal)
						if (!costSoFar.has(next) || newCost < costSoFar.get(next)) {
							costSoFar.set(next, newCost)
							frontier.insert({ cost: newCost, node: next })
							cameFrom.set(next, current)
						}
					}
				}
	
				const path = []
				let node = goal
				const p = this._hash2Tile(node)
				path.push(p)
				while (node !== start) {
					node = cameFrom.get(node)
					const p = this._hash2Tile(node)
					path.push(p)
				}
				return path.reverse()
			},
	
			getPath(this: GameObj<LevelComp | PathfindingComp>, from: Vec2, to: Vec2, diagonals: boolean) {
				const tw = this.tileWidth()
				const th = this.tileHeight()
				const path = this.getTilePath(this.pos2Tile(from), this.pos2Tile(to), diagonals)
				if (path) {
					return [from, ...path.slice(1, -1).map(tilePos => tilePos.scale(tw, th).add(tw / 2, th / 2)), to]
				}
				else {
					return null
				}
			},
	
			/**
			 * Private methods start here
			 */
	
			_getNeighbours(this: GameObj<LevelComp | PathfindingComp>, node: number, diagonals?: boolean) {
				const numColumns = this.numColumns()
				const numRows = this.numRows()
				const n = []
				const x = Math.floor(node % numColumns)
				const left = x > 0 &&
					(_edgeMap[node] & EdgeMask.Left) &&
					_costMap[node - 1] !== Infinity
				const top = node >= numColumns &&
					(_edgeMap[node] & EdgeMask.Top) &&
					_costMap[node - numColumns] !== Infinity
				const right = x < numColumns - 1 &&
					(_edgeMap[node] & EdgeMask.Right) &&
					_costMap[node + 1] !== Infinity
				const bottom = node < numColumns * numRows - numColumns - 1 &&
					(_edgeMap[node] & EdgeMask.Bottom) &&
					_costMap[node + numColumns] !== Infinity
				if (diagonals) {
					if (left) {
						if (top) { n.push(node - numColumns - 1) }
						n.push(node - 1)
						if (bottom) { n.push(node + numColumns - 1) }
					}
					if (top) {
						n.push(node - numColumns)
					}
					if (right) {
						if (top) { n.push(node - numColumns + 1) }
						n.push(node + 1)
						if (bottom) { n.push(node + numColumns + 1) }
					}
					if (bottom) {
						n.push(node + numColumns)
					}
				}
				else {
					if (left) {
						n.push(node - 1)
					}
					if (top) {
						n.push(node - numColumns)
					}
					if (right) {
						n.push(node + 1)
					}
					if (bottom) {
						n.push(node + numColumns)
					}
				}
				return n
			},
	
			_getCost(this: GameObj<LevelComp | PathfindingComp>, node: number, neighbour: number) {
				// Cost of destination tile
				return _costMap[neighbour]
			},
	
			_getHeuristic(this: GameObj<LevelComp | PathfindingComp>, node: number, goal: number) {
				// Euclidian distance to target
				const p1 = this._hash2Tile(node)
				const p2 = this._hash2Tile(goal)
				return p1.dist(p2)
			},
	
			// The obstacle map tells which tiles are accessible
			// Cost: accessible with cost
			// Infinite: inaccessible
			_createCostMap(this: GameObj<LevelComp | PathfindingComp>) {
				const spatialMap = this.getSpatialMap()
				const size = this.numRows() * this.numColumns()
				if (!_costMap) {
					_costMap = new Array<number>(size)
				}
				else {
					_costMap.length = size
				}
				_costMap.fill(1, 0, size)
				for (let i = 0; i < spatialMap.length; i++) {
					const objects = spatialMap[i]
					if (objects) {
						const len = objects.length
						let cost = 0
						for (let j = 0; j < len; j++) {
							const object = objects[j]
							if (object.isObstacle) {
								if (object.isObstacle()) {
									cost = Infinity
									break
								}
							}
							else {
								cost += object.cost || 0
							}
						}
						_costMap[i] = cost || 1
					}
				}
			},
	
			// The edge map tells which edges between nodes are walkable
			_createEdgeMap(this: GameObj<LevelComp | PathfindingComp>) {
				const spatialMap = this.getSpatialMap()
				const size = this.numRows() * this.numColumns()
				if (!_edgeMap) {
					_edgeMap = new Array<number>(size)
				}
				else {
					_edgeMap.length = size
				}
				_edgeMap.fill(EdgeMask.All, 0, size)
				for (let i = 0; i < spatialMap.length; i++) {
					const objects = spatialMap[i]
					if (objects) {
						const len = objects.length
						let mask = EdgeMask.All
						for (let j = 0; j < len; j++) {
							if (objects[j].mask !== undefined) {
								mask &= objects[j].mask
							}
						}
						_edgeMap[i] = mask
					}
				}
			},
	
			// The connectivity map is used to see whether two locations are connected
			// -1: inaccesible n: connectivity group
			_createConnectivityMap(this: GameObj<LevelComp | PathfindingComp>) {
				const traverse = (i: number, index: number) => {
					const frontier: number[] = []
					frontier.push(i)
					while (frontier.length > 0) {
						const i = frontier.pop()
						this._getNeighbours(i).forEach((i) => {
							if (_connectivityMap[i] < 0) {
								_connectivityMap[i] = index
								frontier.push(i)
							}
						})
					}
				}
	
				const size = this.numRows() * this.numColumns()
				if (!_connectivityMap) {
					_connectivityMap = new Array<number>(size)
				}
				else {
					_connectivityMap.length = size
				}
				_connectivityMap.fill(-1, 0, size)
				let index = 0
				for (let i = 0; i < _costMap.length; i++) {
					if (_connectivityMap[i] >= 0) { index++; continue }
					traverse(i, index)
					index++
				}
			},
		}
	}

	function addLevel(map: string[], opt: LevelOpt): GameObj<PosComp | LevelComp> {

		if (!opt.tileWidth || !opt.tileHeight) {
			throw new Error("Must provide tileWidth and tileHeight.")
		}

		const level = add([
			pos(opt.pos ?? vec2(0)),
		])

		const numRows = map.length
		let numColumns = 0
		let spatialMap: GameObj[][] | undefined

		const levelComp: LevelComp = {

			id: "level",

			tileWidth() {
				return opt.tileWidth
			},

			tileHeight() {
				return opt.tileHeight
			},

			getPos(...args): Vec2 {
				const p = vec2(...args)
				return vec2(
					p.x * opt.tileWidth,
					p.y * opt.tileHeight,
				)
			},

			spawn(this: GameObj<LevelComp>, key: string, ...args): GameObj {

				const p = vec2(...args)

				const comps = (() => {
					if (opt.tiles[key]) {
						if (typeof opt.tiles[key] !== "function") {
							throw new Error("Level symbol def must be a function returning a component list")
						}
						return opt.tiles[key](p)
					} else if (opt.wildcardTile) {
						return opt.wildcardTile(key, p)
					}
				})()

				if (!comps) {
					return
				}

				const posComp = vec2(
					p.x * opt.tileWidth,
					p.y * opt.tileHeight,
				)

				for (const comp of comps) {
					if (comp.id === "pos") {
						posComp.x += comp.pos.x
						posComp.y += comp.pos.y
						break
					}
				}

				comps.push(pos(posComp))
				comps.push(tile(this, p))

				const object = level.add(comps)

				if (spatialMap) {
					this._insertIntoSpatialMap(object)
					this.trigger("spatial_map_changed")
					if (object.isObstacle || object.cost) {
						this.trigger("navigation_map_invalid")
					}
				}

				return object

			},

			numColumns() {
				return numColumns
			},

			numRows() {
				return numRows
			},

			levelWidth() {
				return numColumns * opt.tileWidth
			},

			levelHeight() {
				return numRows * opt.tileHeight
			},

			tile2Pos(tilePos: Vec2) {
				return tilePos.scale(opt.tileWidth, opt.tileHeight)
			},
	
			pos2Tile(pos: Vec2) {
				return vec2(Math.floor(pos.x / opt.tileWidth), Math.floor(pos.y / opt.tileHeight))
			},
	
			getSpatialMap() {
				if (!spatialMap) {
					this._createSpatialMap()
				}
				return spatialMap
			},
	
			onSpatialMapChanged(this: GameObj<LevelComp>, cb: () => void) {
				return this.on("spatial_map_changed", cb)
			},
	
			onNavigationMapInvalid(this: GameObj<LevelComp>, cb: () => void) {
				return this.on("navigation_map_invalid", cb)
			},
	
			getAt(tilePos: Vec2) {
				if (!spatialMap) {
					this._createSpatialMap()
				}
				const hash = this._tile2Hash(tilePos)
				return spatialMap[hash] || []
			},
	
			update() {
				if (spatialMap) {
					this._updateSpatialMap()
				}
			},

			/**
			 * Private methods start here
			 */

			_tile2Hash(tilePos: Vec2) {
				return tilePos.x + tilePos.y * numColumns
			},
	
			_hash2Tile(hash: number) {
				return vec2(Math.floor(hash % numColumns), Math.floor(hash / numColumns))
			},
	
			// The spatial map keeps track of the objects at each location
			_createSpatialMap(this: GameObj<LevelComp>) {
				spatialMap = []
				for (const child of this.children) {
					this._insertIntoSpatialMap(child)
				}
			},
	
			_updateSpatialMap(this: GameObj<LevelComp>) {
				let spatialMapChanged = false
				let navigationMapChanged = false
				for (const child of this.children) {
					const tilePos = this.pos2Tile(child.pos)
					if (child.tilePos.x != tilePos.x || child.tilePos.y != tilePos.y) {
						spatialMapChanged = true
						navigationMapChanged = navigationMapChanged || (child.isObstacle || child.cost)
						this._removeFromSpatialMap(child)
						child.tilePos.x = tilePos.x
						child.tilePos.y = tilePos.y
						this._insertIntoSpatialMap(child)
					}
				}
				if (spatialMapChanged) {
					this.trigger("spatial_map_changed")
				}
				if (navigationMapChanged) {
					this.trigger("navigation_map_invalid")
				}
			},
	
			_insertIntoSpatialMap(object: GameObj<any>) {
				const hash = this._tile2Hash(object.tilePos)
				if (spatialMap[hash]) {
					spatialMap[hash].push(object)
				}
				else {
					spatialMap[hash] = [object]
				}
			},
	
			_removeFromSpatialMap(object: GameObj<any>) {
				const hash = this._tile2Hash(object.tilePos)
				if (spatialMap[hash]) {
					const index = spatialMap[hash].indexOf(object)
					if (index >= 0) {
						spatialMap[hash].splice(index, 1)
					}
				}
			},
		}

		level.use(levelComp)
		if (opt.usePathfinding) {
			level.use(pathfinding())
		}

		map.forEach((row, i) => {

			const keys = row.split("")

			numColumns = Math.max(keys.length, numColumns)

			keys.forEach((key, j) => {
				level.spawn(key, vec2(j, i))
			})

		})

		return level
	}

	function agent({ speed = 64, diagonals = true }: { speed?: number, diagonals?: boolean } = {}) : AgentComp {
		let _target: Vec2 | null = null
		let _path: Vec2[] | null = null
		let _index: number | null = null
		let _speed = speed || 1
		const _diagonals = diagonals
		let changedEventCleanup: () => void | null = null
		return {
			id: "agent",
			require: ["pos", "tile"],
	
			getDistanceToTarget(this: GameObj<AgentComp | PosComp>) {
				return _target ? this.pos.dist(_target) : 0
			},
			getNextLocation() {
				return _path && _index ? _path[_index] : null
			},
			getPath() {
				return _path ? _path.slice() : null
			},
			getTarget() {
				return _target
			},
			isNavigationFinished() {
				return _path ? _index === null : true
			},
			isTargetReachable() {
				return _path !== null
			},
			isTargetReached(this: GameObj<AgentComp | PosComp>) {
				return _target ? this.pos.eq(_target) : true
			},
			setTarget(this: GameObj<AgentComp | TileComp | PosComp>, target: Vec2) {
				_target = target
				_path = this.getLevel().getPath(this.pos, target, _diagonals)
				_index = _path ? 0 : null
				if (_path) {
					if (!changedEventCleanup) {
						changedEventCleanup = this.getLevel().onNavigationMapChanged(() => {
							if (_path && _index !== null) {
								_path = this.getLevel().getPath(this.pos, target, _diagonals)
								_index = _path ? 0 : null
								if (_path) {
									this.trigger("navigation-next", this, _path[_index])
								}
								else {
									this.trigger("navigation-ended", this)
								}
							}
						})
					}
					this.trigger("navigation-started", this)
					this.trigger("navigation-next", this, _path[_index])
				}
				else {
					this.trigger("navigation-ended", this)
				}
			},
			setSpeed(speed: number) {
				_speed = speed
			},
			update(this: GameObj<AgentComp | PosComp>) {
				if (_path && _index !== null) {
					if (this.pos.sdist(_path[_index]) < 2) {
						if (_index === _path.length - 1) {
							this.pos = _target.clone()
							_index = null
							this.trigger("navigation-ended", this)
							this.trigger("target-reached", this)
							return
						}
						else {
							_index++
							this.trigger("navigation-next", this, _path[_index])
						}
	
					}
					this.moveTo(_path[_index], _speed)
				}
			},
			onNavigationStarted(this: GameObj<AgentComp>, cb: () => void) {
				this.on("navigation-started", cb)
			},
			onNavigationNext(this: GameObj<AgentComp>, cb: () => void) {
				this.on("navigation-next", cb)
			},
			onNavigationEnded(this: GameObj<AgentComp>, cb: () => void) {
				this.on("navigation-ended", cb)
			},
			onTargetReached(this: GameObj<AgentComp>, cb: () => void) {
				this.on("target-reached", cb)
			},
			inspect() {
				return JSON.stringify({
					target: JSON.stringify(_target),
					path: JSON.stringify(_path),
				})
			},
		}
	}
/* leakguard corpus: lines 6131-7345 pruned */
}
/* leakguard corpus: lines 7347-7347 pruned */
