import * as kl from 'kolorist';
import * as util from 'util';
import { relative } from 'path';

/** @param {import('rollup').RollupOutput} bundle */
export function bundleStats(bundle) {
	let total = 0;
	const assets = bundle.output
		.filter(asset => !/\.map$/.test(asset.fileName))
		.sort((a, b) => scoreAsset(b) - scoreAsset(a));

	const assetsText = assets.reduce((str, output) => {
		// TODO: group output and bring back asset sizes
		if (output.type === 'asset' && !/\.(css|html)/.test(output.fileName)) return str;

		const content = output.type === 'asset' ? output.source : output.code;
		const size = content.length;
		total += content.length;
		let sizeText = prettyBytes(size);
		if (size > 50e3) sizeText = kl.lightRed(sizeText);
		else if (size > 10e3) sizeText = kl.lightYellow(sizeText);
		else if (size > 5e3) sizeText = kl.lightBlue(sizeText);
		else sizeText = kl.lightGreen(sizeText);
		return `${str}\n  ${output.fileName} ${sizeText}`;
	}, '');

	const totalText = prettyBytes(total);

	return { assets, total, totalText, assetsText };
}

/** @param {import('rollup').OutputChunk | import('rollup').OutputAsset} asset */
function scoreAsset(asset) {
	if (asset.type === 'chunk') {
		return asset.isEntry ? 10 : asset.isDynamicEntry ? 8 : 6;
	}
	// List HTML files first, sorted by path depth
	if (/\.html$/.test(asset.fileName)) {
		return 30 - asset.fileName.split('/').length;
	}
	return 1;
}

/** @param {number} size */
export function prettyBytes(size) {
	let unit = 'b';
	if (size > 1500) {
		size /= 1000;
		unit = 'Kb';
	}
	if (size > 1500) {
		size /= 1000;
		unit = 'Mb';
	}
	return `${size < 1 ? size.toFixed(2) : size < 10 ? size.toFixed(1) : size | 0}${unit}`;
}

// normalize tab characters for CLI printing
const normalize = str => str.replace(/^\t/g, '  ');

/**
 * Print source code with line numbers and error location pointer.
 * @param {string} code
 * @param {{ line: number, column: number } | number} loc A source position, or character offset within `code`.
 */
export function codeFrame(code, loc) {
	let line, column;
	if (typeof loc === 'number') {
		let before = code.substring(0, loc).split('\n');
		line = before.length;
		column = before[before.length - 1].length;
	} else {
		({ line, column } = loc);
	}
	const lines = code.split('\n');
	const len = String(line).length + 2;
	const pad = str => String(str).padStart(len);
	let frame = '';
	if (line > 1) {
		frame += `\n${kl.dim(pad(line - 2) + ' |')} ${normalize(lines[line - 2])}`;
	}
	frame += `\n${kl.dim(pad(line - 1) + ' |')} ${normalize(lines[line - 1])}`;
	const offsetCol = normalize(lines[line - 1].substring(0, column)).length;
	frame += '\n' + kl.yellow('-'.repeat(len + 3 + offsetCol) + '^');
	if (line < lines.length) {
		frame += `\n${kl.dim(pad(line) + ' |')} ${normalize(lines[line])}`;
	}
	return frame;
}

// Taken from https://github.com/visionmedia/debug/blob/e47f96de3de5921584364b4ac91e2769d22a3b1f/src/node.js#L35
// prettier-ignore
const colors = [
	20, 21, 26, 27, 32, 33, 38, 39, 40, 41, 42, 43, 44, 45, 56, 57, 62, 63, 68,
	69, 74, 75, 76, 77, 78, 79, 80, 81, 92, 93, 98, 99, 112, 113, 128, 129, 134,
	135, 148, 149, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171,
	172, 173, 178, 179, 184, 185, 196, 197, 198, 199, 200, 201, 202, 203, 204,
	205, 206, 207, 208, 209, 214, 215, 220, 221
];

// Taken from: https://github.com/visionmedia/debug/blob/e47f96de3de5921584364b4ac91e2769d22a3b1f/src/common.js#L41-L50
function selectColor(namespace) {
	let hash = 0;

	for (let i = 0; i < namespace.length; i++) {
		hash = (hash << 5) - hash + namespace.charCodeAt(i);
		hash |= 0; // Convert to 32bit integer
	}

	return colors[Math.abs(hash) % colors.length];
}

/**
 * Print namespaced log messages when the DEBUG environment
 * variable is set.
 * @param {string} namespace
 * @param {number} [color]
 * @returns {(...args: any[]) => void}
 */
export function debug(namespace, color = selectColor(namespace)) {
	const ns = kl.ansi256(color)(`  ${namespace}  `);
	return (...args) => {
		if (process.env.DEBUG) {
			const str = args.map(arg => {
				const value = arg === null || typeof arg !== 'object' ? arg : util.inspect(arg, false, null, true);

				return value
					.split('\n')
					.map(line => ns + line)
					.join('\n');
			});
			console.log.apply(console, str);
		}
	};
}

/**
 * Serialize path to display special characters such as
 * the null byte of necessary.
 * @param {string} path
 * @returns {string}
 */
export function formatPath(path) {
	path = path || 'null';
	if (typeof path === 'object') {
		path = path.id;
	}
	if (path.startsWith('\b') || path.startsWith('\0')) {
		path = JSON.stringify(path);
	}
	if (path.startsWith(process.cwd())) {
		path = relative(process.cwd(), path);
	}

	return path;
}

/**
 * @param {string} from
 * @param {import('rollup').ResolvedId | string | null} to
 */
export function formatResolved(from, to) {
	from = formatPath(from);
	to = formatPath(to);
	return `${kl.cyan(from)} -> ${kl.dim(to)}`;
}

/**
 * @param {string} addr
 */
function formatAddr(addr) {
	return kl.cyan(addr.replace(/:(\d+)$/, m => ':' + kl.bold(m.slice(1))));
}

/**
 * @param {string} message
 * @param {string[]} addresses
 * @returns {string}
 */
export function formatBootMessage(message, addresses) {
	const intro = `\n  👩‍🚀 ${kl.lightYellow('WMR')} ${message}\n\n`;
	const local = `  ${kl.dim('Local:')}   ${formatAddr(addresses[0])}\n`;

	let network = '';
	if (addresses.length > 1) {
		network =
			addresses
				.slice(1)
				.map(addr => `  ${kl.dim('Network:')} ${formatAddr(addr)}`)
				.join('\n') + '\n';
	}

	return `${intro}${local}${network}\n`;
}
