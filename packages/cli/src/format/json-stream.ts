// Large JSON (the roadmap model of 100,000 activities is ~150 MB of text) written piece by piece: the same text as
// JSON.stringify(value, null, 2), without ever holding all of it in memory at once.

/** Yields the text of `JSON.stringify(value, null, 2)` in pieces: one per top-level member, one per element of a top-level array. */
export function* prettyJsonChunks(value: unknown): Generator<string> {
    if (value === null || typeof value !== 'object') {
        yield JSON.stringify(value, null, 2);
        return;
    }
    if (Array.isArray(value)) {
        yield* arrayChunks(value, '');
        return;
    }
    const entries = Object.entries(value).filter(([, member]) => member !== undefined && typeof member !== 'function');
    if (entries.length === 0) {
        yield '{}';
        return;
    }
    yield '{';
    for (let i = 0; i < entries.length; i++) {
        const [key, member] = entries[i];
        yield `\n  ${JSON.stringify(key)}: `;
        if (Array.isArray(member)) yield* arrayChunks(member, '  ');
        else yield indented(JSON.stringify(member, null, 2), '  ');
        if (i < entries.length - 1) yield ',';
    }
    yield '\n}';
}

function* arrayChunks(items: readonly unknown[], indent: string): Generator<string> {
    if (items.length === 0) {
        yield '[]';
        return;
    }
    yield '[';
    for (let i = 0; i < items.length; i++) {
        // JSON.stringify writes null for undefined and functions inside arrays; so does this.
        const item = items[i] === undefined || typeof items[i] === 'function' ? null : items[i];
        yield `\n${indent}  ${indented(JSON.stringify(item, null, 2), `${indent}  `)}${i < items.length - 1 ? ',' : ''}`;
    }
    yield `\n${indent}]`;
}

function indented(text: string, indent: string): string {
    return text.includes('\n') ? text.replace(/\n/g, `\n${indent}`) : text;
}

/** Writes the pieces in batches of about 1 MB, each handed to the OS before the next is built. */
export async function writeChunks(stream: NodeJS.WritableStream, chunks: Iterable<string>, batchSize = 1 << 20): Promise<void> {
    let batch = '';
    const flush = (text: string) => new Promise<void>((resolve, reject) => stream.write(text, error => (error ? reject(error) : resolve())));
    for (const chunk of chunks) {
        batch += chunk;
        if (batch.length >= batchSize) {
            await flush(batch);
            batch = '';
        }
    }
    if (batch.length > 0) await flush(batch);
}
