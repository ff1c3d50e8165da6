// Dates and durations are lexed loosely (see the grammar) and checked here, so `2027-02-30`, `2027-Q5` or `3x`
// get a message that says what is wrong with them; `every` belongs to continuous improvement; progress is a percentage.
import { isCompositeCstNode, type AstNode, type CstNode, type GrammarAST, type RootCstNode, type ValidationAcceptor } from 'langium';
import { PHASE_ORDER, text } from '@dtp/roadmap';
import { ACTIVITY_KINDS } from '../parser/kinds.js';
import { firstNodeForProperty } from '../parser/cst-search.js';
import { closestName } from './did-you-mean.js';
import { isPhase, type Activity, type Capability, type DateLiteral, type DurationLiteral, type Phase, type Programme } from '../generated/ast.js';
import { parseDate, parseDuration } from '../scheduler/calendar.js';
import type { CheckFactory } from './dtp-validator.js';
import { report } from './report.js';

export const literalChecks: CheckFactory = () => ({
    DateLiteral: checkDate,
    DurationLiteral: checkDuration,
    Activity: [checkActivityKind, checkEveryPlacement, checkMilestoneLength, checkProgress, checkName],
    Phase: checkPhaseKind,
    Capability: checkName,
    Programme: checkName
});

// What a name may hold: any letter, combining mark or digit, `_` and `-` (the grammar's ID lexes more, see dtp.langium).
const NAME_CHARACTER = /[\p{L}\p{M}\p{N}_-]/u;
const NAME_START = /[\p{L}_]/u;
/** A whole name of good characters: most names are, and need no look at each character. */
const GOOD_NAME = /^[\p{L}_][\p{L}\p{M}\p{N}_-]*$/u;

/** One error per name with a character no name may hold (`a§b`), with the name it could be instead. */
function checkName(node: Activity | Capability | Programme, accept: ValidationAcceptor): void {
    const name = node.name;
    if (!name || GOOD_NAME.test(name)) return;
    const characters = [...name];
    const bad = characters.find((character, index) => !(index === 0 ? NAME_START : NAME_CHARACTER).test(character));
    if (bad === undefined) return;
    const space = /\s/u.test(bad) ? `U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : undefined;
    const cleaned = characters.filter(character => NAME_CHARACTER.test(character)).join('').replace(/^[\p{N}-]+/u, '');
    report(accept, 'syntax-error', text('check.bad-name', { name, character: bad, space, suggestion: cleaned || undefined }),
        { node, property: 'name', data: { name, ...(cleaned ? { replaceWith: cleaned } : {}) } });
}

function checkDate(date: DateLiteral, accept: ValidationAcceptor): void {
    if (!date.value) return;
    const parsed = parseDate(date.value);
    if (!parsed.ok) {
        const iso = parsed.reason.id === 'calendar.day-first' ? (parsed.reason.params as { iso: string }).iso : undefined;
        report(accept, 'invalid-date', iso
            ? text('check.date-day-first', { value: date.value, iso })
            : text('check.invalid-date', { value: date.value, problem: parsed.reason }),
        { node: date, property: 'value', data: { value: date.value, ...(iso ? { replaceWith: iso } : {}) } });
    }
}

// Large plans repeat a handful of durations (`1w`, `3m`, …): each text that parsed is remembered, so it is not
// parsed again (bounded: texts come from user input).
const VALID_DURATIONS = new Set<string>();

function checkDuration(duration: DurationLiteral, accept: ValidationAcceptor): void {
    if (!duration.value || VALID_DURATIONS.has(duration.value)) return;
    const parsed = parseDuration(duration.value);
    if (parsed.ok && VALID_DURATIONS.size < 10_000) VALID_DURATIONS.add(duration.value);
    if (!parsed.ok) {
        report(accept, 'invalid-duration', text('check.invalid-duration', { value: duration.value, problem: parsed.reason }),
            { node: duration, property: 'value', data: { value: duration.value } });
    }
}

function checkEveryPlacement(activity: Activity, accept: ValidationAcceptor): void {
    // A milestone lasts no time at all: checkMilestoneLength says so, once.
    if (!activity.every || !activity.name || activity.kind === 'milestone' || !isPhase(activity.$container) || activity.$container.kind === 'continuous-improvement') return;
    const phase = activity.$container.kind;
    report(accept, 'invalid-duration', text('check.every-outside-continuous', { name: activity.name, phase, value: activity.every.value }),
        { node: activity, keyword: 'every', data: { replaceWith: 'duration', value: activity.every.value } });
}

/** `phase initiatie`: one error that names the kind meant (the parser already read it so); an unknown word lists the kinds. */
function checkPhaseKind(phase: Phase, accept: ValidationAcceptor): void {
    const node = firstNodeForProperty(phase.$cstNode, 'kind');
    const written = node?.text;
    if (!written || !phase.kind) return;
    if (written !== phase.kind) {
        report(accept, 'syntax-error', text('check.phase-kind-meant', { written, kind: phase.kind }),
            { node: phase, property: 'kind', data: { replaceWith: phase.kind } });
    } else if (!(PHASE_ORDER as readonly string[]).includes(phase.kind)) {
        report(accept, 'syntax-error', text('check.phase-kind-unknown', { written, kinds: PHASE_ORDER }), { node: phase, property: 'kind' });
    }
}

/** `activty landing { … }`: one error naming the kind meant; the element is still checked, as that kind. */
function checkActivityKind(activity: Activity, accept: ValidationAcceptor): void {
    const written = misreadKind(activity);
    if (written === undefined) return;
    const close = closestName(written, ACTIVITY_KINDS);
    report(accept, 'syntax-error', close ? text('check.activity-kind-meant', { written, kind: close }) : text('check.activity-kind-unknown', { written }),
    { node: activity, property: 'kind', data: close ? { replaceWith: close } : {} });
}

/**
 * The kind as written, when the parser read it as another (a misspelling): the text of
 * firstNodeForProperty(activity's CST, 'kind') when that is neither empty nor the kind. Exported for its test.
 */
export function misreadKind(activity: Activity): string | undefined {
    const node = kindNode(activity);
    if (!node) return undefined;
    // Most kinds are written as they read: compared in place, without cutting the text out.
    const kind = activity.kind;
    if (kind !== undefined) {
        // The kind's node holds its one token: that token's offsets are the node's, read without a walk of its children.
        const span = isCompositeCstNode(node) && node.content.length === 1 ? node.content[0] : node;
        const offset = span.offset;
        if (span.end - offset === kind.length && textOf(activity)?.startsWith(kind, offset)) return undefined;
    }
    const written = node.text;
    return !written || written === kind ? undefined : written;
}

/** The grammar element of an activity's kind, once found: the kind is written first, so its node is the first child. */
let kindElement: GrammarAST.AbstractElement | undefined;

/** firstNodeForProperty(activity's CST, 'kind'): the first child when it is the kind (no comment before it). */
function kindNode(activity: Activity): CstNode | undefined {
    const cst = activity.$cstNode;
    const first = cst && isCompositeCstNode(cst) ? cst.content[0] : undefined;
    if (first !== undefined && kindElement !== undefined && first.grammarSource === kindElement) return first;
    const node = firstNodeForProperty(cst, 'kind');
    if (node && node === first) kindElement = node.grammarSource;
    return node;
}

/** The whole text of the node's document, from the root of its syntax tree. */
function textOf(node: AstNode): string | undefined {
    let root = node;
    while (root.$container) root = root.$container;
    return (root.$cstNode as Partial<RootCstNode> | undefined)?.fullText;
}

/** A milestone is a moment: a `duration` or `every` on one would be silently ignored. */
function checkMilestoneLength(activity: Activity, accept: ValidationAcceptor): void {
    if (activity.kind !== 'milestone') return;
    for (const keyword of ['duration', 'every'] as const) {
        const value = activity[keyword]?.value;
        if (value === undefined) continue;
        report(accept, 'invalid-duration', text('check.milestone-length', { name: activity.name, keyword, value }),
            { node: activity, keyword, data: { remove: keyword } });
    }
}

function checkProgress(activity: Activity, accept: ValidationAcceptor): void {
    if (activity.progress === undefined || (activity.progress >= 0 && activity.progress <= 100)) return;
    report(accept, 'invalid-progress', text('check.invalid-progress', { value: activity.progress }),
        { node: activity, property: 'progress', data: { value: activity.progress } });
}
