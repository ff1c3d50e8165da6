// "Did you mean …?": the closest known name to a misspelt one, offered only when it is close enough to be a
// plausible typo (a far-fetched suggestion misleads more than it helps).

/** How many edits a name of this length may be away from a suggestion: 1 for short names, up to 3 for long ones. */
export function typoBudget(name: string): number {
    return Math.max(1, Math.min(3, Math.floor(name.length / 3)));
}

/**
 * Levenshtein distance with adjacent transpositions, abandoned as soon as it must exceed `limit` (then returns
 * `limit + 1`). Two rows only: names are short, but a plan can have many of them.
 */
export function editDistance(a: string, b: string, limit = Number.MAX_SAFE_INTEGER): number {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    let previousPrevious: number[] = [];
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let rowMinimum = i;
        for (let j = 1; j <= b.length; j++) {
            const substitution = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitution);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                value = Math.min(value, previousPrevious[j - 2] + 1);
            }
            current.push(value);
            rowMinimum = Math.min(rowMinimum, value);
        }
        if (rowMinimum > limit) return limit + 1;
        previousPrevious = previous;
        previous = current;
    }
    return previous[b.length];
}

/** The candidate closest to `name` within its typo budget (case differences count as half an edit), or undefined. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
    const budget = typoBudget(name);
    const lower = name.toLowerCase();
    let best: string | undefined;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
        if (candidate === name) continue;
        const caseless = editDistance(lower, candidate.toLowerCase(), budget);
        if (caseless > budget) continue;
        const score = caseless + (caseless === 0 ? 0.5 : editDistance(name, candidate, budget + 1) > caseless ? 0.5 : 0);
        if (score < bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}
