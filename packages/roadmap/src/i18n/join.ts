// Small helpers the catalogues share to put lists and counts into words; each catalogue passes its own words.

/** `a`, `a and b`, `a, b and c` (no serial comma, as the English messages have always been written). */
export function joinAnd(items: readonly string[], and: string): string {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** `1 day`, `2 days`: the count and the word that agrees with it. */
export function counted(n: number, one: string, other: string): string {
    return `${n} ${n === 1 ? one : other}`;
}
