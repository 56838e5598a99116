import { IClosable } from '@fuman/io';
import { MaybePromise } from '@fuman/utils';
interface ReconnectionState {
    readonly previousWait: number | null;
    readonly consequentFails: number;
    readonly lastError: Error | null;
}
/**
 * Declares a strategy to handle reconnection.
 * When a number is returned, that number of MS will be waited before trying to reconnect.
 * When `false` is returned, connection is not reconnected
 */
export type ReconnectionStrategy = (state: ReconnectionState) => number | false;
/**
 * Declares an action to take when an error occurs.
 *
 * - `reconnect` - reconnect using the current strategy
 * - `reconnect-now` - reconnect immediately, ignoring the current strategy
 * - `close` - close the connection
 */
export type OnErrorAction = 'reconnect' | 'reconnect-now' | 'close';
/**
 * default reconnection strategy: first - immediate reconnection,
 * then 1s with linear increase up to 5s (with 1s step)
 */
export declare const defaultReconnectionStrategy: ReconnectionStrategy;
export declare class PersistentConnection<ConnectAddress, Connection extends IClosable> {
    #private;
    readonly params: {
        connect: (address: ConnectAddress) => Promise<Connection>;
        strategy?: ReconnectionStrategy;
        /**
         * Function to call once the connection is open
         *
         * As soon as the promise is resolved the connection will be closed (and will *not*
         * be re-opened automatically), so this is the best place to put your recv loop
         */
        onOpen: (connection: Connection) => Promise<void>;
        onClose?: () => MaybePromise<void>;
        onWait?: (wait: number) => void;
        /**
         * Function that will be called whenever an error happens while connecting
         * (in which case `connection` will be null) or inside `onOpen`.
         *
         * @default  `(err) => err instanceof ConnectionClosedError ? 'reconnect' : 'close'`
         */
        onError?: (error: Error, connection: Connection | null, state: ReconnectionState) => MaybePromise<OnErrorAction>;
    };
    constructor(params: {
        connect: (address: ConnectAddress) => Promise<Connection>;
        strategy?: ReconnectionStrategy;
        /**
         * Function to call once the connection is open
         *
         * As soon as the promise is resolved the connection will be closed (and will *not*
         * be re-opened automatically), so this is the best place to put your recv loop
         */
        onOpen: (connection: Connection) => Promise<void>;
        onClose?: () => MaybePromise<void>;
        onWait?: (wait: number) => void;
        /**
         * Function that will be called whenever an error happens while connecting
         * (in which case `connection` will be null) or inside `onOpen`.
         *
         * @default  `(err) => err instanceof ConnectionClosedError ? 'reconnect' : 'close'`
         */
        onError?: (error: Error, connection: Connection | null, state: ReconnectionState) => MaybePromise<OnErrorAction>;
    });
    get isConnected(): boolean;
    get isConnecting(): boolean;
    get isWaiting(): boolean;
    get connection(): Connection | null;
    get state(): ReconnectionState;
    connect(address: ConnectAddress): void;
    /**
     * @param force  Whether to close the existing connection if there is one
     */
    reconnect(force: boolean): void;
    close(): Promise<void>;
    changeTransport(connect: (address: ConnectAddress) => Promise<Connection>): Promise<void>;
}
export {};
