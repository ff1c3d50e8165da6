// Node's `events` for the web bundle: xmlbuilder2 (the MS Project and ArchiMate exports) defines its streaming
// builder as an EventEmitter when it loads. The exports never stream, so a small emitter is all it needs.
type Listener = (...args: unknown[]) => void;

export class EventEmitter {
    private readonly listeners = new Map<string | symbol, Listener[]>();

    on(event: string | symbol, listener: Listener): this {
        this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
        return this;
    }

    addListener(event: string | symbol, listener: Listener): this {
        return this.on(event, listener);
    }

    once(event: string | symbol, listener: Listener): this {
        const once: Listener = (...args) => {
            this.off(event, once);
            listener(...args);
        };
        return this.on(event, once);
    }

    off(event: string | symbol, listener: Listener): this {
        this.listeners.set(event, (this.listeners.get(event) ?? []).filter(l => l !== listener));
        return this;
    }

    removeListener(event: string | symbol, listener: Listener): this {
        return this.off(event, listener);
    }

    emit(event: string | symbol, ...args: unknown[]): boolean {
        const listeners = this.listeners.get(event) ?? [];
        for (const listener of [...listeners]) listener(...args);
        return listeners.length > 0;
    }
}

export default EventEmitter;
