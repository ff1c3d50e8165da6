// Object.groupBy arrived in Node 21; chevrotain 13 (inside Langium 4.4) calls it, so Node 20 needs it.
// Imported first by every entry point of this package.
type GroupBy = <T>(items: Iterable<T>, key: (item: T, index: number) => PropertyKey) => Record<PropertyKey, T[]>;
const objectWithGroupBy = Object as unknown as { groupBy?: GroupBy };
if (typeof objectWithGroupBy.groupBy !== 'function') {
    Object.defineProperty(Object, 'groupBy', {
        configurable: true,
        writable: true,
        value: <T>(items: Iterable<T>, key: (item: T, index: number) => PropertyKey) => {
            const groups: Record<PropertyKey, T[]> = Object.create(null);
            let index = 0;
            for (const item of items) (groups[key(item, index++)] ??= []).push(item);
            return groups;
        }
    });
}
export {};
