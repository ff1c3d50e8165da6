// Views of the one model (docs/cli.md, "Views"): which picture (`detail`, `board`, `owners`), which part of the plan
// (phases, owners, the critical path, a date window), whether dependency lines are drawn, and which groups fold to one
// summary bar. Resolving a view gives the filtered model every renderer draws, the groups (lanes) and the folds, and a
// line that says what was left out, so a picture never hides that it is partial. Pure: model and options in.
import { addDays } from './dates.js';
import type { Health, IsoDate, PhaseKind, RoadmapActivity, RoadmapModel } from './model.js';
import { PHASE_ORDER } from './model.js';
import { phaseName, t, type Locale } from './i18n/index.js';

export type ViewName = 'detail' | 'board' | 'owners';
export const VIEW_NAMES: readonly ViewName[] = ['detail', 'board', 'owners'];

/** What to fold: `auto` folds every group of a plan above FOLD_THRESHOLD activities, `none` nothing, or the groups named. */
export type FoldOption = 'auto' | 'none' | 'all' | readonly string[];

export interface ViewOptions {
    /** The language of the words a view adds (what a filter kept); the plan's text is never translated. Default en. */
    locale?: Locale;
    /** The picture: `detail` (default; a lane per phase), `board` (one slide: phases, milestones, health), `owners` (a lane per owner). */
    view?: ViewName;
    /** Only the activities of these phases. */
    phases?: readonly PhaseKind[];
    /** Only the activities of these owners (case-insensitive; `Unassigned` means no owner). */
    owners?: readonly string[];
    /** Only the critical path. */
    critical?: boolean;
    /** A date window: bars are clipped to it, work entirely outside it is left out. `to` is the last day shown. */
    from?: IsoDate;
    to?: IsoDate;
    /** Dependency lines: default on in the detail view, off in the owners view (lanes there are not a plan's order). */
    lines?: boolean;
    /** Groups (phase kinds in `detail`, owner names in `owners`) drawn as one summary bar each. Default `auto`. */
    fold?: FoldOption;
}

/** Above this many activities (after the filters) every group folds unless told otherwise: a picture stays scrollable. */
export const FOLD_THRESHOLD = 300;

/** The lane of the activities without an owner in the owners view, and how a filter names them. */
export const UNASSIGNED = 'Unassigned';

export const PHASE_NAMES: Record<PhaseKind, string> = {
    'initiation': 'Initiation', 'foundation': 'Foundation', 'improvement': 'Improvement', 'continuous-improvement': 'Continuous improvement'
};

export interface ResolvedView {
    name: ViewName;
    /** The model with only what the filters keep (the same object when nothing is filtered). */
    model: RoadmapModel;
    lines: boolean;
    /** The date window, `end` exclusive; null: the whole plan. */
    window: { start: IsoDate; end: IsoDate } | null;
    /** Keys of the folded groups. */
    folded: ReadonlySet<string>;
    /** Whether every group is folded (the capability panel folds too). */
    foldedAll: boolean;
    /** Activities in the whole plan and in the picture. */
    total: number;
    shown: number;
    /** `phase foundation · owner Platform team · critical path · 2027-06-01 → 2027-12-31`, empty when nothing is filtered. */
    filterText: string;
}

/** A group of the picture: a phase (detail) or an owner (owners). */
export interface Group {
    key: string;
    /** The phase of a detail lane. */
    kind: PhaseKind | null;
    title: string;
    activities: RoadmapActivity[];
}

export function resolveView(model: RoadmapModel, options: ViewOptions = {}): ResolvedView {
    const name: ViewName = options.view && VIEW_NAMES.includes(options.view) ? options.view : 'detail';
    const locale = options.locale ?? 'en';
    const window = dateWindow(options.from, options.to);
    const phases = options.phases?.length ? new Set(options.phases) : null;
    const owners = options.owners?.length ? new Set(options.owners.map(owner => owner.trim().toLowerCase())) : null;
    const critical = options.critical === true;
    const filtered = phases !== null || owners !== null || critical || window !== null;
    let shown = model;
    if (filtered) {
        const keep = (a: RoadmapActivity): boolean => {
            if (phases && !phases.has(a.phase)) return false;
            if (owners && !owners.has((a.owner ?? UNASSIGNED).trim().toLowerCase())) return false;
            if (critical && !a.critical) return false;
            if (window && !overlaps(a, window)) return false;
            return true;
        };
        shown = filterModel(model, keep, phases, window !== null || owners !== null || critical);
    }
    const groups = name === 'owners' ? ownerGroups(shown) : phaseGroups(shown);
    const fold = options.fold ?? 'auto';
    const foldAll = fold === 'all' || (fold === 'auto' && shown.activities.length > FOLD_THRESHOLD);
    const named = Array.isArray(fold) ? new Set((fold as readonly string[]).map(key => key.trim().toLowerCase())) : null;
    const folded = new Set<string>();
    for (const group of groups) {
        if (foldAll || (named && (named.has(group.key.toLowerCase()) || (group.kind !== null && named.has(group.kind))))) folded.add(group.key);
    }
    const parts = [
        phases ? t(locale, 'view.phases', { count: phases.size, names: [...phases].map(kind => phaseName(kind, locale)).join(', ') }) : '',
        owners ? t(locale, 'view.owners', { count: owners.size, names: (options.owners ?? []).join(', ') }) : '',
        critical ? t(locale, 'view.critical-only') : '',
        window ? `${window.start} → ${addDays(window.end, -1)}` : ''
    ].filter(Boolean);
    return {
        name, model: shown, lines: name === 'detail' ? options.lines !== false : name === 'owners' && options.lines === true, window, folded,
        foldedAll: groups.length > 0 && folded.size === groups.length,
        total: model.activities.length, shown: shown.activities.length, filterText: parts.join(' · ')
    };
}

/** The lanes of a view: phases in their fixed order, or owners alphabetically with the unassigned work last. */
export function viewGroups(view: ResolvedView): Group[] {
    return view.name === 'owners' ? ownerGroups(view.model) : phaseGroups(view.model);
}

function phaseGroups(model: RoadmapModel): Group[] {
    const byPhase = new Map<PhaseKind, RoadmapActivity[]>();
    for (const activity of model.activities) {
        const list = byPhase.get(activity.phase);
        if (list) list.push(activity); else byPhase.set(activity.phase, [activity]);
    }
    const phases = new Map(model.phases.map(phase => [phase.kind, phase]));
    const groups: Group[] = [];
    for (const kind of PHASE_ORDER) {
        const phase = phases.get(kind);
        const members = byPhase.get(kind) ?? [];
        if (!phase && members.length === 0) continue;
        groups.push({ key: kind, kind, title: phase?.label || PHASE_NAMES[kind], activities: members });
    }
    return groups;
}

function ownerGroups(model: RoadmapModel): Group[] {
    const byOwner = new Map<string, RoadmapActivity[]>();
    const unassigned: RoadmapActivity[] = [];
    for (const activity of model.activities) {
        const owner = activity.owner?.trim();
        if (!owner) { unassigned.push(activity); continue; }
        const list = byOwner.get(owner);
        if (list) list.push(activity); else byOwner.set(owner, [activity]);
    }
    const groups: Group[] = [...byOwner.keys()].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
        .map(owner => ({ key: owner, kind: null, title: owner, activities: byOwner.get(owner)! }));
    if (unassigned.length) groups.push({ key: UNASSIGNED, kind: null, title: UNASSIGNED, activities: unassigned });
    return groups;
}

function dateWindow(from: IsoDate | undefined, to: IsoDate | undefined): { start: IsoDate; end: IsoDate } | null {
    const valid = (date: IsoDate | undefined) => date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date);
    if (!valid(from) && !valid(to)) return null;
    const start = valid(from) ? from! : '0001-01-01';
    const end = valid(to) ? addDays(to!, 1) : '9999-12-31';
    return end > start ? { start, end } : null;
}

/** Whether an activity has any day inside the window (a milestone: its date). Unscheduled work has no day at all. */
function overlaps(a: RoadmapActivity, window: { start: IsoDate; end: IsoDate }): boolean {
    if (!a.scheduled || !a.start) return false;
    if (a.kind === 'milestone') return a.start >= window.start && a.start < window.end;
    const end = a.end ?? '9999-12-31';
    return a.start < window.end && end > window.start;
}

/**
 * The model restricted to the activities kept: their dependencies, the phases they lie in (all of `phases` when only
 * phases are filtered, so an empty phase still shows its band), the capabilities they provide or need, and the
 * diagnostics about them.
 */
function filterModel(model: RoadmapModel, keep: (a: RoadmapActivity) => boolean, phases: Set<PhaseKind> | null, dropEmptyPhases: boolean): RoadmapModel {
    const activities = model.activities.filter(keep);
    const ids = new Set(activities.map(a => a.id));
    const used = new Set(activities.map(a => a.phase));
    const keptPhases = model.phases.filter(phase => (!phases || phases.has(phase.kind)) && (!dropEmptyPhases || used.has(phase.kind)));
    const phaseKinds = new Set(keptPhases.map(phase => phase.kind));
    return {
        ...model,
        phases: keptPhases,
        activities,
        capabilities: model.capabilities.filter(c => c.providers.some(id => ids.has(id)) || c.requirers.some(id => ids.has(id))),
        dependencies: model.dependencies.filter(d => ids.has(d.from) && ids.has(d.to)),
        criticalPath: model.criticalPath.filter(id => ids.has(id)),
        diagnostics: model.diagnostics?.filter(d => d.activityId ? ids.has(d.activityId) : d.phase ? phaseKinds.has(d.phase) : true)
    };
}

/** Worst first: what a summary of many bars says first. */
export const HEALTH_ORDER: readonly Health[] = ['late', 'at-risk', 'on-track', 'done'];

/**
 * The predecessors of every activity: its `after` activities and every provider of a capability it requires (the whole
 * plan, so a link through work a filter hides still counts). Two activities are linked when a path of these joins them.
 */
export function predecessorsOf(model: RoadmapModel): Map<string, string[]> {
    const providers = new Map(model.capabilities.map(c => [c.id, c.providers]));
    const result = new Map<string, string[]>();
    for (const a of model.activities) {
        const list: string[] = a.after.map(edge => edge.id);
        for (const capability of a.requires) for (const provider of providers.get(capability) ?? []) if (provider !== a.id) list.push(provider);
        result.set(a.id, list);
    }
    return result;
}
