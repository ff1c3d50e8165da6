// Colour decisions for output meant for people: only on a terminal, never when NO_COLOR is set (no-color.org).
import picocolors from 'picocolors';

export type Colors = ReturnType<typeof picocolors.createColors>;

export function shouldColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
    return stream.isTTY === true;
}

export function colorsFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Colors {
    return picocolors.createColors(shouldColor(stream, env));
}

/** Writes text and resolves once it is handed to the OS, so a following exit loses nothing on a pipe. */
export function write(stream: NodeJS.WritableStream, text: string | Uint8Array): Promise<void> {
    if (text.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
        stream.write(text, error => (error ? reject(error) : resolve()));
    });
}
