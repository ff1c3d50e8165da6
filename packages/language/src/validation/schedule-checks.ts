// Checks that depend on dates (docs/diagnostics/): phase overtaking, continuous improvement starting too early, fixed starts
// that break dependencies, and dependency cycles. They read the one cached schedule (its plan, never the forecast:
// recorded facts are judged by the tracking checks); they never schedule again.
import { PHASE_ORDER, type IsoDate, type PhaseKind, type RoadmapActivity, type RoadmapPhase } from '@dtp/roadmap';
import { AstUtils, GrammarUtils, type AstNode, type CstNode, type ValidationAcceptor } from 'langium';
import type { DiagnosticRelatedInformation, Range } from 'vscode-languageserver';
import type { Activity, Phase, Programme } from '../generated/ast.js';
import type { DtpServices } from '../dtp-module.js';
import type { CycleStep, PinnedViolation, Schedule, ScheduleCycle } from '../scheduler/schedule.js';
import type { CheckFactory } from './dtp-validator.js';
import { report } from './report.js';
import { daysBetween, lastDayOf } from '../scheduler/calendar.js';

export const scheduleChecks: CheckFactory = (services: DtpServices) => ({
    Programme: (programme: Programme, accept: ValidationAcceptor) => {
        const document = AstUtils.getDocument(programme);
        const schedule = services.scheduler.ScheduleProvider.getSchedule(document);
        if (!schedule || schedule.programme !== programme) return; // a second programme in one file: duplicate-programme
        // Phase spans depend on every activity of a phase; while the text does not parse (half-typed), they would
        // blame phases for what is only missing text. Dependency checks are local and stay on.
        // Likewise an unresolved name or a cycle leaves activities where nothing holds them: the phase dates that
        // follow are a consequence, already reported once where the name or the cycle is.
        const { lexerErrors, parserErrors } = document.parseResult;
        if (lexerErrors.length === 0 && parserErrors.length === 0 && schedule.cycles.length === 0 && !hasUnresolvedReference(programme)) {
            checkPhaseOrderInTime(schedule, accept);
        }
        for (const violation of schedule.violations) checkPinnedStart(schedule, violation, accept);
        for (const id of schedule.outsideCalendar) reportOutsideCalendar(schedule, id, accept);
        for (const cycle of schedule.cycles) reportCycle(schedule, cycle, accept);
    }
});

interface PhaseEntry { model: RoadmapPhase; ast: Phase }

function hasUnresolvedReference(programme: Programme): boolean {
    for (const phase of programme.phases) {
        for (const activity of phase.activities) {
            if (activity.after.some(dependency => dependency.target && !dependency.target.ref)) return true;
            if (activity.provides.some(reference => !reference.ref) || activity.requires.some(reference => !reference.ref)) return true;
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
    const what = `The ${current.model.kind} phase starts ${start}, before the ${previous.model.kind} phase it follows starts (${previousStart}). `
        + 'Phases may overlap, but not out of order: ';
    if (current.ast.start) {
        report(accept, 'phase-starts-early', `${what}move its \`start\` to ${previousStart} or later.`,
            { node: current.ast, property: 'start', range: startRange(current.ast) });
        return true;
    }
    const first = earliestActivity(schedule, current.model);
    const fix = !first ? `give it a \`start\` of ${previousStart} or later.`
        : first.pinned ? `\`${first.id}\` is fixed to start ${start}; move that start to ${previousStart} or later, or remove it so the activity follows its dependencies.`
        : `\`${first.id}\` waits for nothing; let it follow ${previous.model.kind} work with \`after\` or \`requires\`, or give the phase a \`start\` of ${previousStart} or later.`;
    report(accept, 'phase-starts-early', what + fix, { node: current.ast, property: 'kind', range: phaseHeadRange(current.ast) });
    return true;
}

function checkContinuousStart(schedule: Schedule, improvement: PhaseEntry | undefined, current: PhaseEntry, accept: ValidationAcceptor): void {
    const start = current.model.start;
    const improvementEnd = improvement?.model.end;
    if (!start || !improvementEnd || start >= improvementEnd) return;
    const what = `Continuous improvement starts ${start}, before the improvement phase ends (its last day is ${lastDayOf(improvement!.model)}); `
        + 'it is the lasting state after the programme, not part of it. ';
    if (current.ast.start) {
        report(accept, 'continuous-too-early',
            `${what}Move its \`start\` to ${improvementEnd} or later, or remove it so the phase begins when improvement ends.`,
            { node: current.ast, property: 'start', range: startRange(current.ast) });
        return;
    }
    // Without a declared start the phase begins when improvement ends, unless an activity is fixed earlier.
    const first = earliestActivity(schedule, current.model);
    const firstAst = first && schedule.activityNode(first.id);
    if (first && firstAst?.start) {
        report(accept, 'continuous-too-early',
            `${what}\`${first.id}\` is fixed to start ${start}: move that start to ${improvementEnd} or later, or remove it.`,
            { node: firstAst, property: 'start', range: startRange(firstAst) });
        return;
    }
    report(accept, 'continuous-too-early', `${what}Give the phase a \`start\` of ${improvementEnd} or later.`,
        { node: current.ast, property: 'kind', range: phaseHeadRange(current.ast) });
}

function checkEnd(schedule: Schedule, previous: PhaseEntry, current: PhaseEntry, accept: ValidationAcceptor): void {
    const end = current.model.end;
    const previousEnd = previous.model.end;
    if (!end || !previousEnd || end >= previousEnd) return;
    // What makes the previous phase end when it does: its own duration, or the activity that ends last.
    const last = previous.model.declaredDuration ? undefined : latestActivity(schedule, previous.model);
    const because = previous.model.declaredDuration ? ' (its `duration`)'
        : last ? ` (\`${last.id}\` ends on ${lastDayOf(last)})` : '';
    const message = `The ${current.model.kind} phase ends on ${lastDayOf(current.model)}, before the ${previous.model.kind} phase it follows ends on ${lastDayOf(previous.model)}${because}. `
        + `A phase may overlap its predecessor but not overtake it: plan ${current.model.kind} work to end on ${lastDayOf(previous.model)} or later, `
        + `or finish the ${previous.model.kind} work sooner.`;
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
    report(accept, 'phase-too-short',
        `The ${model.kind} phase lasts ${ast.duration.value} and ends on ${lastDayOf(model)}, but \`${last.id}\` in it ends on ${lastDayOf(last)}, `
        + `${plural(daysBetween(model.end, last.end), 'day')} later. Lengthen the phase, remove its \`duration\` so it spans its work, or shorten \`${last.id}\`.`,
        { node: ast, property: 'duration', data: { activityId: last.id } });
}

function checkPinnedStart(schedule: Schedule, violation: PinnedViolation, accept: ValidationAcceptor): void {
    const activity = schedule.activityNode(violation.activityId);
    if (!activity) return;
    const { activityId, predecessorId, pinnedStart, requiredStart, days } = violation;
    const fix = `Move the start to ${requiredStart} or later, or remove the fixed start.`;
    const predecessor = schedule.plannedActivity(predecessorId);
    const predecessorEnd = predecessor?.end ? lastDayOf(predecessor) : requiredStart;
    const related = relatedAt(schedule, predecessorId, `\`${predecessorId}\` ends on ${predecessorEnd}`);
    if (violation.type === 'requires') {
        report(accept, 'prerequisite-late',
            `\`${activityId}\` starts ${pinnedStart} but requires \`${violation.capabilityId}\`, which is ready only on ${requiredStart} `
            + `(after \`${predecessorId}\`), ${plural(days, 'day')} later. ${fix}`,
            { node: activity, property: 'requires', index: violation.refIndex, relatedInformation: related });
        return;
    }
    const dependency = activity.after[violation.refIndex];
    if (!dependency) return;
    const lag = dependency.offset && dependency.sign
        ? ` and the ${dependency.sign === '+' ? 'lag' : 'lead'} \`${dependency.sign} ${dependency.offset.value}\` lets it start on ${requiredStart}` : '';
    report(accept, 'dependency-violated',
        `\`${activityId}\` is fixed to start ${pinnedStart} but comes after \`${predecessorId}\`, which ends on ${predecessorEnd}${lag}: `
        + `${plural(days, 'day')} too early. ${fix}`,
        { node: dependency, relatedInformation: related });
}

/** Dates past 9999-12-31 are never invented: the activity is left unscheduled and this says why, once. */
function reportOutsideCalendar(schedule: Schedule, id: string, accept: ValidationAcceptor): void {
    const activity = schedule.activityNode(id);
    if (!activity) return;
    const message = `\`${id}\` would end after 9999-12-31, beyond any calendar: it and the work that waits for it get no dates. `
        + 'Shorten its duration or correct its start.';
    report(accept, 'invalid-duration', message, activity.duration ? { node: activity, property: 'duration' }
        : activity.start ? { node: activity, property: 'start' } : { node: activity, property: 'name' });
}

function reportCycle(schedule: Schedule, cycle: ScheduleCycle, accept: ValidationAcceptor): void {
    const { closing } = cycle;
    const trail = trailText(cycle.steps);
    const names = listNames(cycle.members);
    const onTrail = new Set(cycle.members);
    const others = cycle.component.filter(id => !onTrail.has(id));
    const tangle = others.length > 0 ? ` ${listNames(others)} ${others.length === 1 ? 'is' : 'are'} caught in the same tangle.` : '';
    const message = cycle.members.length === 1
        ? `\`${cycle.members[0]}\` waits for itself (${trail}), so it cannot be scheduled.${tangle} Remove that dependency.`
        : `${names} wait for each other in a cycle: ${trail}. None of them can be scheduled.${tangle} `
            + 'Remove or reverse one of these dependencies to break the cycle.';
    const relatedInformation = cycle.steps.flatMap(step => relatedAt(schedule, step.to, describeStep(step)) ?? []);
    const node: AstNode = closing.property === 'after' ? closing.activity.after[closing.index] : closing.activity;
    report(accept, 'dependency-cycle', message, closing.property === 'after'
        ? { node, property: 'target', relatedInformation }
        : { node, property: 'requires', index: closing.index, relatedInformation });
}

function describeStep(step: CycleStep): string {
    return step.type === 'after'
        ? `\`${step.to}\` comes after \`${step.from}\``
        : `\`${step.to}\` requires \`${step.capability}\`, which \`${step.from}\` provides`;
}

function relatedAt(schedule: Schedule, activityId: string, message: string): DiagnosticRelatedInformation[] | undefined {
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

/** `a → b (requires cloud) → a`: each step's target, annotated when it waits through a capability. */
function trailText(steps: CycleStep[]): string {
    const hop = (step: CycleStep) => step.type === 'requires' ? `${step.to} (requires ${step.capability})` : step.to;
    const shown = steps.length <= NAMED ? steps.map(hop)
        : [...steps.slice(0, NAMED - 2).map(hop), `… ${steps.length - NAMED + 1} more …`, hop(steps[steps.length - 1])];
    return [steps[0]?.from ?? '', ...shown].join(' → ');
}

function listNames(ids: string[]): string {
    const quoted = ids.slice(0, NAMED).map(id => `\`${id}\``);
    if (ids.length > NAMED) return `${quoted.join(', ')} and ${ids.length - NAMED} more`;
    return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

function plural(n: number, word: string): string {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
