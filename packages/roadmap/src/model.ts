// The roadmap model: the one contract between the language (scheduler) and everything that shows a plan
// (CLI tables, renderers, hover/inlay hints, the preview). Plain JSON: no AST nodes, no cycles.
// Documented by schema/roadmap.schema.json; bump ROADMAP_MODEL_VERSION on any breaking change.

// Version 2 added tracking: the forecast beside the plan (status date, state, health, variance, planned spans).
export const ROADMAP_MODEL_VERSION = 2 as const;

/** A calendar date `YYYY-MM-DD`. Activity and phase `end`s are exclusive: the day after the last day of work. */
export type IsoDate = string;

export type PhaseKind = 'initiation' | 'foundation' | 'improvement' | 'continuous-improvement';
export const PHASE_ORDER: readonly PhaseKind[] = ['initiation', 'foundation', 'improvement', 'continuous-improvement'];

/** The activities at work on `date` by the schedule: begun on or before it and not yet ended; recurring work runs on. */
export function runningOn(model: RoadmapModel, date: IsoDate): RoadmapActivity[] {
    return model.activities.filter(a => a.start !== null && a.start <= date && (a.end === null ? a.every !== undefined : date < a.end));
}

/** Canonical position of a phase kind (0 = initiation); -1 for an unknown or half-typed kind. */
export function phaseRank(kind: string | undefined): number {
    return PHASE_ORDER.indexOf(kind as PhaseKind);
}

export type ActivityKind = 'activity' | 'milestone' | 'transformation-plan';
export type CapabilityKind = 'competence' | 'facility';
export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type DurationUnit = 'd' | 'w' | 'm' | 'q' | 'y';

/** Where work stands by the facts recorded in the plan: `finished`/`status done`, `started`/`status active`, or neither. */
export type ActivityState = 'planned' | 'active' | 'done';
/** How the forecast compares with the plan (only with a status date). */
export type Health = 'done' | 'on-track' | 'at-risk' | 'late';

/** A span of the plan as scheduled without any recorded facts; `end` is exclusive, null where there is none. */
export interface PlannedSpan {
    start: IsoDate | null;
    end: IsoDate | null;
}

/** A duration as written: `3m` is { amount: 3, unit: 'm' }. */
export interface Duration {
    amount: number;
    unit: DurationUnit;
}

/** Zero-based line/character positions, as in LSP. `uri` names the file when it is not the programme's own. */
export interface SourceRange {
    uri?: string;
    start: { line: number; character: number };
    end: { line: number; character: number };
}

export interface RoadmapModel {
    version: typeof ROADMAP_MODEL_VERSION;
    programme: RoadmapProgramme;
    phases: RoadmapPhase[];
    activities: RoadmapActivity[];
    capabilities: RoadmapCapability[];
    /** Every `after` edge, and per requirer of a capability one requires-edge from the provider that makes it ready (the last to finish), for arrows. */
    dependencies: RoadmapDependency[];
    /** Ids of the activities with zero slack, in schedule order (earliest start first). */
    criticalPath: string[];
    /** Diagnostics attached to the plan, so a picture can mark the affected bars. Optional. */
    diagnostics?: RoadmapDiagnostic[];
}

export interface RoadmapProgramme {
    id: string;
    title?: string;
    owner?: string;
    description?: string;
    /** The programme start (declared, or the earliest activity when none is declared). */
    start: IsoDate;
    /** Exclusive end of the last finite activity; continuous improvement does not count. With a status date: the forecast. */
    end: IsoDate;
    /** The day the recorded status is valid for (as of the start of that day). Present only when tracking. */
    statusDate?: IsoDate;
    /** The plan's span when tracking; `start`/`end` above are then the forecast. */
    planned?: PlannedSpan;
    uri?: string;
    source?: SourceRange;
}

export interface RoadmapPhase {
    kind: PhaseKind;
    label: string;
    intensity?: 'low' | 'medium' | 'high';
    /** Null when nothing in the phase could be scheduled (e.g. every member is in a cycle). */
    start: IsoDate | null;
    /** Exclusive; null for continuous improvement (it has no end) or when unscheduled. */
    end: IsoDate | null;
    openEnded: boolean;
    /** Whether start/end came from the phase's own `start`/`duration` rather than its activities. */
    declaredStart: boolean;
    declaredDuration: boolean;
    activityIds: string[];
    /** The plan's span when tracking; `start`/`end` above are then the forecast. */
    planned?: PlannedSpan;
    source?: SourceRange;
}

export interface RoadmapActivity {
    id: string;
    label: string;
    kind: ActivityKind;
    phase: PhaseKind;
    /** False for members of a dependency cycle: they get no dates. */
    scheduled: boolean;
    /** With a status date: the forecast start; otherwise the planned start. */
    start: IsoDate | null;
    /** Exclusive end; equals start for milestones; null for recurring activities (they have no end). The forecast when tracking. */
    end: IsoDate | null;
    duration?: Duration;
    /** Recurrence of a continuous-improvement activity. */
    every?: Duration;
    /** Fixed `start` in the source: the activity is pinned and not moved. */
    pinned: boolean;
    /** Total slack in calendar days; null when not scheduled or recurring. */
    slack: number | null;
    critical: boolean;
    provides: string[];
    requires: string[];
    /** `after` edges, as written, with the offset in days they amounted to in this schedule. */
    after: { id: string; offset?: { sign: '+' | '-'; duration: Duration }; offsetDays: number }[];
    owner?: string;
    status?: 'planned' | 'active' | 'done';
    progress?: number;
    /** Actual first day of work, as recorded. */
    started?: IsoDate;
    /** Actual last day of work (for a milestone: the day it was reached), as recorded. */
    finished?: IsoDate;
    /** Derived from the recorded facts: done, active or planned. */
    state?: ActivityState;
    /** When tracking: the plan's dates and slack (start/end/slack above are the forecast's). */
    planned?: PlannedSpan & { slack: number | null };
    /** When tracking: forecast end − planned end in days (positive: later than planned); null without an end. */
    variance?: number | null;
    /** When tracking: done, on-track, at-risk (late by no more than the planned slack) or late (moves the programme end). */
    health?: Health;
    description?: string;
    source?: SourceRange;
    /** Range of the activity's name, where click-to-source puts the selection. */
    nameSource?: SourceRange;
}

export interface RoadmapCapability {
    id: string;
    label: string;
    /** Null while the text does not say (a half-typed declaration). */
    kind: CapabilityKind | null;
    providers: string[];
    requirers: string[];
    /** When every provider has ended (the capability is ready); null when unprovided or unscheduled. */
    availableFrom: IsoDate | null;
    source?: SourceRange;
}

export interface RoadmapDependency {
    from: string;
    to: string;
    type: 'after' | 'requires';
    /** For `requires` edges: the capability the provider delivers. */
    capability?: string;
    /** For `after` edges: the lag (positive) or lead (negative) in calendar days in this schedule. */
    offsetDays?: number;
    critical: boolean;
}

export interface RoadmapDiagnostic {
    code: string;
    severity: Severity;
    message: string;
    /** The activity the diagnostic is about, when there is one. */
    activityId?: string;
    /** The phase the diagnostic lies in when it is about no single activity (e.g. `phase-ends-early`). */
    phase?: PhaseKind;
    range?: SourceRange;
}
