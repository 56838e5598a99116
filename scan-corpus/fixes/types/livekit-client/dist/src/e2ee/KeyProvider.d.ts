import type TypedEventEmitter from 'typed-emitter';
import type { KeyInfo, KeyProviderCallbacks, KeyProviderOptions } from './types';
declare const BaseKeyProvider_base: new () => TypedEventEmitter<KeyProviderCallbacks>;
/**
 * @experimental
 */
export declare class BaseKeyProvider extends BaseKeyProvider_base {
    private keyInfoMap;
    private options;
    constructor(options?: Partial<KeyProviderOptions>);
    /**
     * callback to invoke once a key has been set for a participant
     * @param key
     * @param participantId
     * @param keyIndex
     */
    protected onSetEncryptionKey(key: CryptoKey, participantId?: string, keyIndex?: number): void;
    /**
     * callback being invoked after a ratchet request has been performed on the local participant
     * that surfaces the new key material.
     * @param material
     * @param keyIndex
     */
    protected onKeyRatcheted: (material: CryptoKey, keyIndex?: number) => void;
    getKeys(): KeyInfo[];
    getOptions(): KeyProviderOptions;
    ratchetKey(participantId?: string, keyIndex?: number): void;
}
/**
 * A basic KeyProvider implementation intended for a single shared
 * passphrase between all participants
 * @experimental
 */
export declare class ExternalE2EEKeyProvider extends BaseKeyProvider {
    ratchetInterval: number | undefined;
    constructor(options?: Partial<Omit<KeyProviderOptions, 'sharedKey'>>);
    /**
     * Accepts a passphrase that's used to create the crypto keys
     * @param key
     */
    setKey(key: string): Promise<void>;
}
export {};
//# sourceMappingURL=KeyProvider.d.ts.map