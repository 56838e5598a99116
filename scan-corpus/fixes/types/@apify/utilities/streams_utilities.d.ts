/// <reference types="node" />
/// <reference types="node" />
import { PassThrough, Readable } from 'stream';
/**
 * Concat data from stream to Buffer
 */
export declare function concatStreamToBuffer(stream: Readable | PassThrough): Promise<Buffer>;
/**
 * Flushes the provided stream into a Buffer and transforms
 * it to a String using the provided encoding or utf-8 as default.
 */
export declare function readStreamToString(stream: Readable | PassThrough, encoding?: BufferEncoding): Promise<string>;
