export declare class Emitter<T> {
    #private;
    get length(): number;
    add(listener: (value: T) => void): void;
    forwardTo(emitter: Emitter<T>): void;
    remove(listener: (value: T) => void): void;
    emit(value: T): void;
    once(listener: (value: T) => void): void;
    listeners(): readonly ((value: T) => void)[];
    clear(): void;
}
