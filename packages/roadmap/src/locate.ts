// Which activity or phase of the plan's own file holds a source position: what ties a diagnostic to the bar (or
// lane) it is about, and the editor's cursor to the bar under it. Activities do not nest, nor do phases, so one
// sort by start and a binary search per lookup do it — never a scan of the plan per diagnostic or cursor move.
import type { PhaseKind, RoadmapActivity, RoadmapModel, RoadmapPhase, SourceRange } from './model.js';

export type SourcePosition = SourceRange['start'];

export function comparePositions(a: SourcePosition, b: SourcePosition): number {
    return a.line - b.line || a.character - b.character;
}

export class SourceLocator<T extends { source?: SourceRange }> {
    private readonly sorted: (T & { source: SourceRange })[];

    constructor(items: readonly T[]) {
        // Ranges with a `uri` lie in another (imported) file: never under this file's positions.
        this.sorted = items
            .filter((item): item is T & { source: SourceRange } => !!item.source && !item.source.uri)
            .sort((a, b) => comparePositions(a.source.start, b.source.start));
    }

    /** The item whose range contains `position`: the last one starting at or before it, if it ends after it. */
    at(position: SourcePosition): T | undefined {
        let low = 0;
        let high = this.sorted.length - 1;
        let found = -1;
        while (low <= high) {
            const middle = (low + high) >> 1;
            if (comparePositions(this.sorted[middle].source.start, position) <= 0) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        if (found < 0) return undefined;
        const candidate = this.sorted[found];
        return comparePositions(position, candidate.source.end) <= 0 ? candidate : undefined;
    }
}

/** Where a diagnostic belongs in the picture: on an activity's bar, else on a phase's lane. */
export interface DiagnosticPlace {
    activityId?: string;
    phase?: PhaseKind;
}

export class ModelLocator {
    readonly activities: SourceLocator<RoadmapActivity>;
    readonly phases: SourceLocator<RoadmapPhase>;

    constructor(model: RoadmapModel) {
        this.activities = new SourceLocator(model.activities);
        this.phases = new SourceLocator(model.phases);
    }

    placeOf(position: SourcePosition): DiagnosticPlace {
        const activity = this.activities.at(position);
        if (activity) return { activityId: activity.id };
        const phase = this.phases.at(position);
        return phase ? { phase: phase.kind } : {};
    }
}
