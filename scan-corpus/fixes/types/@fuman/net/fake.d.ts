import { IConnection } from './types.js';
export declare class FakeConnection<Address = string> implements IConnection<Address, Address> {
    readonly address: Address;
    constructor(address: Address);
    private rx;
    private tx;
    private closed;
    private cv;
    get localAddress(): Address;
    get remoteAddress(): Address;
    close(): void;
    read(into: Uint8Array): Promise<number>;
    write(bytes: Uint8Array): Promise<void>;
    writeIntoRx(bytes: Uint8Array): void;
    getTx(): Uint8Array;
}
