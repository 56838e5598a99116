import { IClosable } from '@fuman/io';
import { ConnectFunction, IConnection } from './types.js';
import { ConditionVariable } from '@fuman/utils';
import { ConnectionClosedError } from './errors.js';
export declare class WebSocketConnectionClosedError extends ConnectionClosedError {
    readonly code: number;
    readonly reason: string;
    constructor(code: number, reason: string);
}
declare abstract class WebSocketConnectionBase implements IClosable {
    readonly socket: WebSocket;
    protected _error: Error | null;
    protected _cv: ConditionVariable;
    constructor(socket: WebSocket);
    get remoteAddress(): string | null;
    get localAddress(): never;
    close(): void;
    closeWithCode(code: number, reason?: string): void;
    abstract onMessage(event: MessageEvent): void;
}
export declare class WebSocketConnection extends WebSocketConnectionBase implements IConnection<string, never> {
    #private;
    onMessage(event: MessageEvent): void;
    read(into: Uint8Array): Promise<number>;
    write(bytes: Uint8Array): Promise<void>;
}
export interface IWebSocketConnectionFramed extends IClosable {
    readFrame: () => Promise<Uint8Array | string>;
    writeFrame: (frame: Uint8Array | string) => Promise<void>;
}
export declare class WebSocketConnectionFramed extends WebSocketConnectionBase implements IWebSocketConnectionFramed {
    #private;
    onMessage(event: MessageEvent): void;
    readFrame(): Promise<Uint8Array | string>;
    writeFrame(data: Uint8Array | string): Promise<void>;
}
export interface WebSocketConstructor {
    new (url: string | URL, protocols?: string | string[]): WebSocket;
}
export interface WebSocketEndpoint {
    readonly url: string | URL;
    readonly implementation?: WebSocketConstructor;
    readonly protocols?: string | string[];
}
export declare const connectWs: ConnectFunction<WebSocketEndpoint, WebSocketConnection>;
export declare function connectWsFramed(endpoint: WebSocketEndpoint): Promise<WebSocketConnectionFramed>;
export {};
