// Minimal assertions for the VS Code suite: the same code runs in the web workbench (no Node `assert`) and on desktop.
export class AssertionError extends Error {
    override name = 'AssertionError';
}

export function ok(value: unknown, message: string): asserts value {
    if (!value) throw new AssertionError(message);
}

export function equal<T>(actual: T, expected: T, what: string): void {
    if (actual !== expected) throw new AssertionError(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function includes(list: readonly string[], item: string, what: string): void {
    if (!list.includes(item)) throw new AssertionError(`${what}: expected ${JSON.stringify(item)} in ${JSON.stringify(list)}`);
}

export function excludes(list: readonly string[], item: string, what: string): void {
    if (list.includes(item)) throw new AssertionError(`${what}: did not expect ${JSON.stringify(item)} in ${JSON.stringify(list)}`);
}

export function contains(text: string, part: string, what: string): void {
    if (!text.includes(part)) throw new AssertionError(`${what}: expected ${JSON.stringify(part)} in ${JSON.stringify(text)}`);
}
