// Counts as people read them: "1 activity", "2 activities", "1 day".
const IRREGULAR: Readonly<Record<string, string>> = { activity: 'activities', capability: 'capabilities' };

/** `count(1, 'activity')` → `1 activity`; `count(2, 'activity')` → `2 activities`. */
export function count(n: number, singular: string, plural = IRREGULAR[singular] ?? `${singular}s`): string {
    return `${n} ${n === 1 ? singular : plural}`;
}
