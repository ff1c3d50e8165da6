// Which activity is under the editor's cursor: the model's activities sorted by where they stand in the source,
// built once per model, so each cursor move is a binary search rather than a scan of the plan.
import { SourceLocator, type RoadmapActivity, type RoadmapModel, type SourcePosition } from '@dtp/roadmap';

export class ActivityIndex {
    private readonly bySource: SourceLocator<RoadmapActivity>;
    private readonly byId: Map<string, RoadmapActivity>;

    constructor(readonly model: RoadmapModel) {
        this.byId = new Map(model.activities.map(activity => [activity.id, activity]));
        this.bySource = new SourceLocator(model.activities);
    }

    get(id: string): RoadmapActivity | undefined {
        return this.byId.get(id);
    }

    /** The activity whose source holds `position` (activities of imported files never do). */
    at(position: SourcePosition): RoadmapActivity | undefined {
        return this.bySource.at(position);
    }
}
