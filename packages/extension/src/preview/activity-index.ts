// Which activity is under the editor's cursor: the model's activities sorted by where they stand in the source,
// built once per model, so each cursor move is a binary search rather than a scan of the plan.
import type { RoadmapActivity, RoadmapModel, SourceRange } from '@dtp/roadmap';

type Position = SourceRange['start'];

export class ActivityIndex {
    private readonly bySource: RoadmapActivity[];
    private readonly byId: Map<string, RoadmapActivity>;

    constructor(readonly model: RoadmapModel) {
        this.byId = new Map(model.activities.map(activity => [activity.id, activity]));
        // Activities of other files (source.uri set) never lie under this editor's cursor.
        this.bySource = model.activities
            .filter(activity => activity.source && !activity.source.uri)
            .sort((a, b) => compare(a.source!.start, b.source!.start));
    }

    get(id: string): RoadmapActivity | undefined {
        return this.byId.get(id);
    }

    /** The activity whose source holds `position` (activities do not nest). */
    at(position: Position): RoadmapActivity | undefined {
        let low = 0;
        let high = this.bySource.length - 1;
        let candidate: RoadmapActivity | undefined;
        while (low <= high) {
            const middle = (low + high) >> 1;
            if (compare(this.bySource[middle].source!.start, position) <= 0) {
                candidate = this.bySource[middle];
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return candidate && compare(position, candidate.source!.end) <= 0 ? candidate : undefined;
    }
}

function compare(a: Position, b: Position): number {
    return a.line - b.line || a.character - b.character;
}
