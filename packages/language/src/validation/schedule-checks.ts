// Checks that depend on dates (docs/diagnostics/): phase overtaking, continuous improvement starting too early, fixed starts
// that break dependencies, and dependency cycles. They read the one cached schedule (its plan, never the forecast:
// recorded facts are judged by the tracking checks); they never schedule again.
import { lastDayOfSpan } from '@dtp/roadmap';
import { PHASE_ORDER, type IsoDate, type PhaseKind, type RoadmapActivity, type RoadmapPhase } from '@dtp/roadmap';
import { AstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { Location, Range } from 'vscode-languageserver';
import type { Activity, Phase, Programme } from '../generated/ast.js';
import type { DtpCoreServices } from '../dtp-core-module.js';
import type { CycleStep, PinnedViolation, Schedule, ScheduleCycle } from '../scheduler/schedule.js';
import type { CheckFactory } from './dtp-validator.js';
import { report } from './report.js';
import { DtpLinker, linkedTarget } from '../workspace/linker.js';
import { text, type Text } from '@dtp/roadmap';
import { daysBetween } from '../scheduler/calendar.js';

export const scheduleChecks: CheckFactory = (services: DtpCoreServices) => ({
    Programme: (programme: Programme, accept: ValidationAcceptor) => {
        const document = AstUtils.getDocument(programme);
        const schedule = services.scheduler.ScheduleProvider.getSchedule(document);
        if (!schedule || schedule.programme !== programme) return; // a second programme in one file: duplicate-programme
        // Phase spans depend on every activity of a phase; while the text does not parse (half-typed), they would
        // blame phases for what is only missing text. Dependency checks are local and stay on.
        // Likewise an unresolved name or a cycle leaves activities where nothing holds them: the phase dates that
        // follow are a consequence, already reported once where the name or the cycle is.
        const { lexerErrors, parserErrors } = document.parseResult;
        if (lexerErrors.length === 0 && parserErrors.length === 0 && schedule.cycles.length === 0 && !hasUnresolvedReference(programme, document, services)) {
            checkPhaseOrderInTime(schedule, accept);
        }
        for (const violation of schedule.violations) checkPinnedStart(schedule, violation, accept);
        for (const id of schedule.outsideCalendar) reportOutsideCalendar(schedule, id, accept);
        for (const cycle of schedule.cycles) reportCycle(schedule, cycle, accept);
    }
});

interface PhaseEntry { model: RoadmapPhase; ast: Phase }

/** Indexed loops: they visit every reference, mostly before the engine optimises them (a callback allocates there). */
function hasUnresolvedReference(programme: Programme, document: LangiumDocument, services: DtpCoreServices): boolean {
    // The linker counted what it left unresolved in the whole document: none there, none in the programme.
    const linker = services.references.Linker;
    if (linker instanceof DtpLinker && linker.unresolvedCount(document) === 0) return false;
    for (const phase of programme.phases) {
        const activities = phase.activities;
        for (let a = 0; a < activities.length; a++) {
            const { after, provides, requires } = activities[a];
            for (let i = 0; i < after.length; i++) {
                const target = after[i].target;
                if (target && !linkedTarget(target)) return true;
            }
            for (let i = 0; i < provides.length; i++) if (!linkedTarget(provides[i])) return true;
            for (let i = 0; i < requires.length; i++) if (!linkedTarget(requires[i])) return true;
        }
    }
    return false;
}

function checkPhaseOrderInTime(schedule: Schedule, accept: ValidationAcceptor): void {
    // The first phase of each kind stands for it; duplicates are reported as duplicate-phase elsewhere.
    const byKind = new Map<PhaseKind, PhaseEntry>();
    schedule.plan.phases.forEach((model, index) => {
        if (!byKind.has(model.kind)) byKind.set(model.kind, { model, ast: schedule.phaseNodes[index] });
    });
    let previous: PhaseEntry | undefined;
    for (const kind of PHASE_ORDER) {
        const current = byKind.get(kind);
        if (!current) continue;
        checkPhaseLength(schedule, current, accept);
        if (previous) {
            const startedEarly = checkStart(schedule, previous, current, accept);
            if (!startedEarly && kind === 'continuous-improvement') checkContinuousStart(schedule, byKind.get('improvement'), current, accept);
            // Starting early and ending early are separate faults with separate fixes: report both.
            if (!current.model.openEnded) checkEnd(schedule, previous, current, accept);
        }
        previous = current;
    }
}

function checkStart(schedule: Schedule, previous: PhaseEntry, current: PhaseEntry, accept: ValidationAcceptor): boolean {
    const start = current.model.start;
    const previousStart = previous.model.start;
    if (!start || !previousStart || start >= previousStart) return false;
    const what = { kind: current.model.kind, start, previous: previous.model.kind, previousStart };
    if (current.ast.start) {
        report(accept, 'phase-starts-early', text('check.phase-starts-early', { ...what, fix: text('check.phase-starts-early.move-start', { previousStart }) }),
            { node: current.ast, property: 'start', range: startRange(current.ast) });
        return true;
    }
    const first = earliestActivity(schedule, current.model);
    const fix = !first ? text('check.phase-starts-early.give-start', { previousStart })
        : first.pinned ? text('check.phase-starts-early.pinned', { id: first.id, start, previousStart })
        : text('check.phase-starts-early.free', { id: first.id, previous: previous.model.kind, previousStart });
    report(accept, 'phase-starts-early', text('check.phase-starts-early', { ...what, fix }), { node: current.ast, property: 'kind', range: phaseHeadRange(current.ast) });
    return true;
}

function checkContinuousStart(schedule: Schedule, improvement: PhaseEntry | undefined, current: PhaseEntry, accept: ValidationAcceptor): void {
    const start = current.model.start;
    const improvementEnd = improvement?.model.end;
    if (!start || !improvementEnd || start >= improvementEnd) return;
    const what = { start, improvementLast: lastDayOfSpan(improvement!.model) };
    if (current.ast.start) {
        report(accept, 'continuous-too-early', text('check.continuous-too-early', { ...what, fix: text('check.continuous-too-early.move-start', { end: improvementEnd }) }),
            { node: current.ast, property: 'start', range: startRange(current.ast) });
        return;
    }
    // Without a declared start the phase begins when improvement ends, unless an activity is fixed earlier.
    const first = earliestActivity(schedule, current.model);
    const firstAst = first && schedule.activityNode(first.id);
    if (first && firstAst?.start) {
        report(accept, 'continuous-too-early',
            text('check.continuous-too-early', { ...what, fix: text('check.continuous-too-early.pinned', { id: first.id, start, end: improvementEnd }) }),
            { node: firstAst, property: 'start', range: startRange(firstAst) });
        return;
    }
    report(accept, 'continuous-too-early', text('check.continuous-too-early', { ...what, fix: text('check.continuous-too-early.give-start', { end: improvementEnd }) }),
        { node: current.ast, property: 'kind', range: phaseHeadRange(current.ast) });
}

function checkEnd(schedule: Schedule, previous: PhaseEntry, current: PhaseEntry, accept: ValidationAcceptor): void {
    const end = current.model.end;
    const previousEnd = previous.model.end;
    if (!end || !previousEnd || end >= previousEnd) return;
    // What makes the previous phase end when it does: its own duration, or the activity that ends last.
    const last = previous.model.declaredDuration ? undefined : latestActivity(schedule, previous.model);
    const message = text('check.phase-ends-early', {
        kind: current.model.kind, last: lastDayOfSpan(current.model), previous: previous.model.kind, previousLast: lastDayOfSpan(previous.model),
        because: previous.model.declaredDuration ? 'duration' : last ? 'activity' : 'none', id: last?.id, idLast: last ? lastDayOfSpan(last) : undefined
    });
    if (current.ast.duration) {
        report(accept, 'phase-ends-early', message, { node: current.ast, property: 'duration' });
    } else {
        report(accept, 'phase-ends-early', message, { node: current.ast, property: 'kind', range: phaseHeadRange(current.ast) });
    }
}

/** phase-too-short: a phase whose own `duration` ends before the work in it does. */
function checkPhaseLength(schedule: Schedule, entry: PhaseEntry, accept: ValidationAcceptor): void {
    const { model, ast } = entry;
    if (!model.declaredDuration || !model.end || !ast.duration) return;
    const last = latestActivity(schedule, model);
    if (!last?.end || last.end <= model.end) return;
    report(accept, 'phase-too-short', text('check.phase-too-short', {
        kind: model.kind, duration: ast.duration.value, last: lastDayOfSpan(model), id: last.id, idLast: lastDayOfSpan(last), days: daysBetween(model.end, last.end)
    }),
        { node: ast, property: 'duration', data: { activityId: last.id } });
}

function checkPinnedStart(schedule: Schedule, violation: PinnedViolation, accept: ValidationAcceptor): void {
    const activity = schedule.activityNode(violation.activityId);
    if (!activity) return;
    const { activityId, predecessorId, pinnedStart, requiredStart, days } = violation;
    const fix = text('check.move-or-remove-start', { date: requiredStart });
    const predecessor = schedule.plannedActivity(predecessorId);
    const predecessorEnd = predecessor?.end ? lastDayOfSpan(predecessor) : requiredStart;
    const related = relatedAt(schedule, predecessorId, text('check.ends-on', { id: predecessorId, date: predecessorEnd }));
    if (violation.type === 'requires') {
        report(accept, 'prerequisite-late', text('check.prerequisite-late', {
            id: activityId, start: pinnedStart, capability: violation.capabilityId ?? '', ready: requiredStart, predecessor: predecessorId, days, fix
        }),
            { node: activity, property: 'requires', index: violation.refIndex, relatedInformation: related });
        return;
    }
    const dependency = activity.after[violation.refIndex];
    if (!dependency) return;
    const lag = dependency.offset && dependency.sign ? { sign: dependency.sign, offset: dependency.offset.value, date: requiredStart } : undefined;
    report(accept, 'dependency-violated', text('check.dependency-violated', {
        id: activityId, start: pinnedStart, predecessor: predecessorId, end: predecessorEnd, lag, days, fix
    }),
        { node: dependency, relatedInformation: related });
}

/** Dates past 9999-12-31 are never invented: the activity is left unscheduled and this says why, once. */
function reportOutsideCalendar(schedule: Schedule, id: string, accept: ValidationAcceptor): void {
    const activity = schedule.activityNode(id);
    if (!activity) return;
    const message = text('check.outside-calendar', { id });
    report(accept, 'invalid-duration', message, activity.duration ? { node: activity, property: 'duration' }
        : activity.start ? { node: activity, property: 'start' } : { node: activity, property: 'name' });
}

function reportCycle(schedule: Schedule, cycle: ScheduleCycle, accept: ValidationAcceptor): void {
    const { closing } = cycle;
    const trail = trailText(cycle.steps);
    const onTrail = new Set(cycle.members);
    const others = cycle.component.filter(id => !onTrail.has(id));
    const message = cycle.members.length === 1
        ? text('check.cycle-self', { id: cycle.members[0], trail, others, shown: NAMED })
        : text('check.cycle', { members: cycle.members, trail, others, shown: NAMED });
    const relatedInformation = cycle.steps.flatMap(step => relatedAt(schedule, step.to, describeStep(step)) ?? []);
    const node: AstNode = closing.property === 'after' ? closing.activity.after[closing.index] : closing.activity;
    report(accept, 'dependency-cycle', message, closing.property === 'after'
        ? { node, property: 'target', relatedInformation }
        : { node, property: 'requires', index: closing.index, relatedInformation });
}

function describeStep(step: CycleStep): Text {
    return step.type === 'after'
        ? text('check.cycle.step-after', { to: step.to, from: step.from })
        : text('check.cycle.step-requires', { to: step.to, capability: step.capability ?? '', from: step.from });
}

function relatedAt(schedule: Schedule, activityId: string, message: Text): Array<{ location: Location; message: Text }> | undefined {
    const activity = schedule.plannedActivity(activityId);
    const range = activity?.nameSource ?? activity?.source;
    const uri = range?.uri ?? schedule.model.programme.uri;
    if (!range || !uri) return undefined;
    return [{ location: { uri, range: { start: range.start, end: range.end } }, message }];
}

function earliestActivity(schedule: Schedule, phase: RoadmapPhase): RoadmapActivity | undefined {
    return pick(schedule, phase, a => a.start, (candidate, best) => candidate < best);
}

function latestActivity(schedule: Schedule, phase: RoadmapPhase): RoadmapActivity | undefined {
    return pick(schedule, phase, a => a.end, (candidate, best) => candidate > best);
}

function pick(schedule: Schedule, phase: RoadmapPhase, date: (a: RoadmapActivity) => IsoDate | null,
    better: (candidate: IsoDate, best: IsoDate) => boolean): RoadmapActivity | undefined {
    let best: RoadmapActivity | undefined;
    for (const id of phase.activityIds) {
        const activity = schedule.plannedActivity(id);
        const value = activity && date(activity);
        if (value && (!best || better(value, date(best)!))) best = activity;
    }
    return best;
}

/** `start 2027-03-01`: the keyword and its value. */
function startRange(node: Phase | Activity): Range | undefined {
    return span(GrammarUtils.findNodeForKeyword(node.$cstNode, 'start'), node.start?.$cstNode);
}

/** `phase improvement`: the keyword and the kind, not the whole block. */
function phaseHeadRange(phase: Phase): Range | undefined {
    return span(GrammarUtils.findNodeForKeyword(phase.$cstNode, 'phase'), GrammarUtils.findNodeForProperty(phase.$cstNode, 'kind'));
}

function span(first: CstNode | undefined, last: CstNode | undefined): Range | undefined {
    if (!first || !last) return undefined;
    return { start: first.range.start, end: last.range.end };
}

// A cycle can run through thousands of activities: messages name the first few and count the rest.
const NAMED = 12;

/**
 * `a → b (requires cloud) → a`: each step's target, annotated when it waits through a capability (the plan's own
 * keyword, the same in every language). A long trail names its first steps and counts the rest.
 */
function trailText(steps: CycleStep[]): string | Text {
    const hop = (step: CycleStep) => step.type === 'requires' ? `${step.to} (requires ${step.capability})` : step.to;
    if (steps.length <= NAMED) return [steps[0]?.from ?? '', ...steps.map(hop)].join(' → ');
    return text('check.cycle.trail', {
        first: [steps[0]?.from ?? '', ...steps.slice(0, NAMED - 2).map(hop)].join(' → '), more: steps.length - NAMED + 1, last: hop(steps[steps.length - 1])
    });
}
