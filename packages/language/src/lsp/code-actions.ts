// Quick fixes for the common errors (docs/diagnostics/, per code), keyed on the diagnostic's `data.code` (validation/codes.ts).
// Each fix reads what the check put in `data` and otherwise works it out from the plan itself.
import { AstUtils, CstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { CodeActionProvider, LangiumServices } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { PHASE_ORDER, phaseName, t, type MessageId, type MessageParams, type PhaseKind } from '@dtp/roadmap';
import type { DtpServices } from '../dtp-module.js';
import { isActivity, isCapability, isPhase, isPlan, isProgramme, type Activity, type Capability, type Phase, type Plan, type Programme } from '../generated/ast.js';
import { addCalendarDays } from '../scheduler/calendar.js';
import type { DiagnosticCode } from '../validation/codes.js';
import { phaseBefore, phaseRank } from './phase-order.js';
import { isValidName } from './rename.js';

const INDENT = '    ';

interface FixContext {
    document: LangiumDocument;
    diagnostic: Diagnostic;
    data: Record<string, unknown>;
    /** The AST node the diagnostic starts on. */
    node: AstNode | undefined;
    /** The titles in the client's language (lsp/locale.ts); the edits write the plan's own syntax. */
    say: <K extends MessageId>(id: K, ...params: MessageParams<K>) => string;
}

type Fix = (context: FixContext) => CodeAction[] | Promise<CodeAction[]>;

export class DtpCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: LangiumServices) {}

    private readonly fixes: Partial<Record<DiagnosticCode, Fix>> = {
        'duplicate-id': context => renameDuplicate(context, this.services),
        'missing-phase': context => addMissingPhase(context),
        'phase-order': context => reorderPhases(context),
        'unmet-prerequisite': context => provideCapability(context),
        'missing-transformation-plan': context => addTransformationPlan(context),
        'unresolved-reference': context => resolveName(context),
        'continuous-has-end': context => removeEnd(context),
        'status-conflict': context => agreeWithFacts(context),
        overdue: context => markFinished(context)
    };

    async getCodeActions(document: LangiumDocument, params: CodeActionParams): Promise<Array<Command | CodeAction>> {
        const root = document.parseResult.value.$cstNode;
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const data = (diagnostic.data ?? {}) as Record<string, unknown>;
            const code = (data.code ?? diagnostic.code) as DiagnosticCode | undefined;
            const fix = code && this.fixes[code];
            if (!fix) continue;
            const offset = document.textDocument.offsetAt(diagnostic.range.start);
            const node = root && CstUtils.findLeafNodeAtOffset(root, offset)?.astNode;
            const locale = (this.services as Partial<DtpServices>).i18n?.Locale.current ?? 'en';
            actions.push(...await fix({ document, diagnostic, data, node, say: (id, ...params) => t(locale, id, ...params) }));
        }
        return actions;
    }
}

function quickFix(context: FixContext, title: string, edits: TextEdit[], isPreferred: boolean): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [context.diagnostic],
        isPreferred,
        edit: { changes: { [context.document.textDocument.uri]: edits } }
    };
}

function programmeOf(context: FixContext): Programme | undefined {
    const found = context.node && AstUtils.getContainerOfType(context.node, isProgramme);
    if (found) return found;
    const plan = context.document.parseResult.value;
    return isPlan(plan) ? plan.programmes[0] : undefined;
}

// ——— missing-phase: a new phase block at its canonical place, with a starter body ———

function addMissingPhase(context: FixContext): CodeAction[] {
    const programme = programmeOf(context);
    if (!programme) return [];
    const present = new Set(programme.phases.map(phase => phase.kind));
    const kinds = typeof context.data.kind === 'string' ? [context.data.kind as PhaseKind] : PHASE_ORDER.filter(kind => !present.has(kind));
    return kinds.filter(kind => !present.has(kind)).map(kind =>
        quickFix(context, context.say('fix.add-phase', { kind }), [insertPhase(context.document, programme, kind)], kinds.length === 1));
}

function insertPhase(document: LangiumDocument, programme: Programme, kind: PhaseKind): TextEdit {
    const text = document.textDocument;
    const indent = memberIndent(document, programme);
    const block = phaseBlock(programme, kind, indent);
    const before = phaseBefore(programme, kind);
    if (before?.$cstNode) {
        return insertAt(document, before.$cstNode.end, `\n\n${block}`);
    }
    const first = programme.phases.find(phase => phase.$cstNode)?.$cstNode;
    if (first) return insertAt(document, first.offset, `${block.trimStart()}\n\n${indent}`);
    const close = closingBrace(programme);
    if (!close) return insertAt(document, programme.$cstNode!.end, `\n${block}\n`);
    const lineStart = text.offsetAt({ line: close.range.start.line, character: 0 });
    const onOwnLine = text.getText().slice(lineStart, close.offset).trim() === '';
    return onOwnLine
        ? insertAt(document, lineStart, `\n${block}\n`)
        : insertAt(document, close.offset, `\n${block}\n${lineIndent(document, programme.$cstNode!)}`);
}

function phaseBlock(programme: Programme, kind: PhaseKind, indent: string): string {
    const inner = indent + INDENT;
    const ids = idsOf(programme);
    const body: Record<PhaseKind, string> = {
        initiation: `transformation-plan ${uniqueId(ids, 'dtp')} "Digital Transformation Plan" { duration 6w }`,
        foundation: `activity ${uniqueId(ids, 'foundation-work')} "Build the digital foundation" { duration 3m }`,
        improvement: '// activities that `requires` the capabilities the foundation provides',
        'continuous-improvement': `activity ${uniqueId(ids, 'benefits-review')} "Benefits review" { every 3m }`
    };
    return `${indent}phase ${kind} "${phaseName(kind)}" {\n${inner}${body[kind]}\n${indent}}`;
}

// ——— phase-order: the phase blocks rewritten in canonical order ———

function reorderPhases(context: FixContext): CodeAction[] {
    const programme = programmeOf(context);
    const phases = programme?.phases.filter(phase => phase.$cstNode) ?? [];
    if (phases.length < 2) return [];
    const source = context.document.textDocument.getText();
    // What stands between phases (blank lines, comments, other members) stays where it is.
    const separators = phases.slice(1).map((phase, i) => source.slice(phases[i].$cstNode!.end, phase.$cstNode!.offset));
    const ordered = [...phases].sort((a, b) => rankOrLast(a) - rankOrLast(b));
    const text = ordered.map((phase, i) => source.slice(phase.$cstNode!.offset, phase.$cstNode!.end) + (separators[i] ?? '')).join('');
    const range = { start: phases[0].$cstNode!.range.start, end: phases[phases.length - 1].$cstNode!.range.end };
    return [quickFix(context, context.say('fix.reorder', { order: PHASE_ORDER.join(' → ') }), [{ range, newText: text }], true)];
}

function rankOrLast(phase: Phase): number {
    const rank = phaseRank(phase.kind);
    return rank < 0 ? PHASE_ORDER.length : rank;
}

// ——— unmet-prerequisite: a foundation activity provides the capability ———

function provideCapability(context: FixContext): CodeAction[] {
    const programme = programmeOf(context);
    const capability = typeof context.data.capability === 'string'
        ? context.data.capability
        : context.document.textDocument.getText(context.diagnostic.range).trim();
    if (!programme || !isValidName(capability)) return [];
    const providers = programme.phases
        .filter(phase => phase.kind === 'foundation')
        .flatMap(phase => phase.activities)
        .filter(activity => activity.kind !== 'milestone' && activity.name);
    return providers.map(activity => quickFix(context, context.say('fix.provide', { capability, activity: activity.name }),
        [addProperty(context.document, activity, 'provides', capability)], providers.length === 1));
}

/** Adds `keyword value` to an activity: to an existing list, inside its block, or with a new block. */
function addProperty(document: LangiumDocument, activity: Activity, keyword: 'provides' | 'status' | 'finished', value: string): TextEdit {
    const existing = keyword === 'provides' ? activity.provides : [];
    const last = existing[existing.length - 1]?.$refNode;
    if (last) return insertAt(document, last.end, `, ${value}`);
    const cst = activity.$cstNode!;
    const open = GrammarUtils.findNodeForKeyword(cst, '{');
    const close = GrammarUtils.findNodeForKeyword(cst, '}');
    if (!open || !close) return insertAt(document, cst.end, ` { ${keyword} ${value} }`);
    const source = document.textDocument.getText();
    const contentEnd = source.slice(0, close.offset).trimEnd().length;
    // In a one-line block two spaces set members apart, as the formatter writes them (`{ duration 4w  after dtp }`).
    if (open.range.start.line === close.range.start.line) return insertAt(document, contentEnd, `${contentEnd === open.end ? ' ' : '  '}${keyword} ${value}`);
    const lastLine = document.textDocument.positionAt(contentEnd).line;
    const indent = lastLine === open.range.start.line ? lineIndent(document, cst) + INDENT : indentOfLine(document, lastLine);
    return insertAt(document, contentEnd, `\n${indent}${keyword} ${value}`);
}

// ——— missing-transformation-plan: the DTP itself at the top of initiation ———

function addTransformationPlan(context: FixContext): CodeAction[] {
    const programme = programmeOf(context);
    const phase = (context.node && AstUtils.getContainerOfType(context.node, isPhase)) ?? programme?.phases.find(p => p.kind === 'initiation');
    if (!programme || !phase?.$cstNode || phase.kind !== 'initiation') return [];
    // The plan is written as an activity: it becomes the transformation plan; a second plan would be wrong.
    if (typeof context.data.activity === 'string') {
        const activity = phase.activities.find(candidate => candidate.name === context.data.activity);
        const keyword = activity && GrammarUtils.findNodeForProperty(activity.$cstNode, 'kind');
        if (!keyword) return [];
        return [quickFix(context, context.say('fix.make-plan', { name: activity.name }),
            [{ range: keyword.range, newText: 'transformation-plan' }], true)];
    }
    const open = GrammarUtils.findNodeForKeyword(phase.$cstNode, '{');
    const close = GrammarUtils.findNodeForKeyword(phase.$cstNode, '}');
    if (!open) return [];
    const plan = `transformation-plan ${uniqueId(idsOf(programme), 'dtp')} "Digital Transformation Plan" { duration 6w }`;
    const singleLine = !close || open.range.start.line === close.range.start.line;
    const edit = singleLine
        ? insertAt(context.document, open.end, ` ${plan}`)
        : insertAt(context.document, open.end, `\n${lineIndent(context.document, phase.$cstNode)}${INDENT}${plan}`);
    return [quickFix(context, context.say('fix.add-plan'), [edit], true)];
}

// ——— unresolved-reference: the close match, or a declaration of the capability ———

function resolveName(context: FixContext): CodeAction[] {
    const actions: CodeAction[] = [];
    const refText = typeof context.data.refText === 'string' ? context.data.refText : context.document.textDocument.getText(context.diagnostic.range);
    if (typeof context.data.suggestion === 'string') {
        actions.push(quickFix(context, context.say('fix.change-name', { from: refText, to: context.data.suggestion }),
            [{ range: context.diagnostic.range, newText: context.data.suggestion }], true));
    }
    const isCapabilityReference = context.data.property === 'provides' || context.data.property === 'requires'
        || (context.data.property === undefined && isActivity(context.node));
    const programme = programmeOf(context);
    if (isCapabilityReference && programme && isValidName(refText)) {
        for (const kind of ['facility', 'competence']) {
            actions.push(quickFix(context, context.say('fix.declare', { name: refText, kind }),
                [declareCapability(context.document, programme, `capability ${refText} "${refText}" ${kind}`)], false));
        }
    }
    return actions;
}

function declareCapability(document: LangiumDocument, programme: Programme, declaration: string): TextEdit {
    const indent = memberIndent(document, programme);
    const last = programme.capabilities[programme.capabilities.length - 1]?.$cstNode;
    if (last) return insertAt(document, last.end, `\n${indent}${declaration}`);
    const firstPhase = programme.phases[0]?.$cstNode;
    if (firstPhase) return insertAt(document, firstPhase.offset, `${declaration}\n\n${indent}`);
    const open = GrammarUtils.findNodeForKeyword(programme.$cstNode, '{');
    return insertAt(document, open?.end ?? programme.$cstNode!.end, `\n${indent}${declaration}`);
}

// ——— duplicate-id: the second declaration renamed, with its references (Langium's rename), to a free name ———

async function renameDuplicate(context: FixContext, services: LangiumServices): Promise<CodeAction[]> {
    const declaration = context.node && AstUtils.getContainerOfType(context.node, (node): node is Activity | Capability => isActivity(node) || isCapability(node));
    const nameNode = declaration && services.references.NameProvider.getNameNode(declaration);
    if (!declaration?.name || declaration.name !== context.data.name || !nameNode) return [];
    const newName = freeName(declaration, namesInUse(context.document, services));
    const uri = context.document.textDocument.uri;
    const edit = await services.lsp.RenameProvider?.rename(context.document, { textDocument: { uri }, position: nameNode.range.start, newName });
    const edits = Object.values(edit?.changes ?? {}).flat();
    if (!edit || edits.length === 0) return [];
    const uses = edits.length - 1;
    const what = typeof context.data.what === 'string' ? context.data.what : isCapability(declaration) ? 'capability' : 'activity';
    return [{
        title: context.say('fix.rename', { what, name: declaration.name, newName, uses }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [context.diagnostic],
        // The new name is a proposal: the author may rather rename the other one, or choose another name.
        isPreferred: false,
        edit
    }];
}

/** Every id this plan could see: its own activities and capabilities, and every capability any loaded file declares. */
function namesInUse(document: LangiumDocument, services: LangiumServices): Set<string> {
    const names = new Set<string>(services.shared.workspace.IndexManager.allElements().map(description => description.name));
    const plan = document.parseResult.value;
    if (isPlan(plan)) {
        for (const capability of plan.capabilities) names.add(capability.name);
        for (const programme of (plan as Plan).programmes) for (const name of idsOf(programme)) names.add(name);
    }
    return names;
}

/** A name from the label (`Cloud migration` → `cloud-migration`) when that is free, else `name-2`, `name-3`, … */
function freeName(declaration: Activity | Capability, taken: Set<string>): string {
    const fromLabel = (declaration.label ?? '').normalize('NFC').toLowerCase()
        .split(/[^\p{L}\p{M}\p{N}_]+/u).filter(Boolean).slice(0, 4).join('-');
    if (fromLabel !== declaration.name && isValidName(fromLabel) && !taken.has(fromLabel)) return fromLabel;
    for (let n = 2; ; n++) if (!taken.has(`${declaration.name}-${n}`)) return `${declaration.name}-${n}`;
}

// ——— continuous-has-end: continuous improvement does not end ———

function removeEnd(context: FixContext): CodeAction[] {
    const { node, document } = context;
    if (isActivity(node) && node.duration?.$cstNode) {
        // `duration 3m` → `every 3m`: the work recurs instead of lasting.
        const keyword = GrammarUtils.findNodeForKeyword(node.$cstNode, 'duration');
        if (!keyword) return [];
        return [quickFix(context, context.say('fix.recur', { name: node.name, value: node.duration.value }),
            [{ range: keyword.range, newText: 'every' }], true)];
    }
    const phase = node && AstUtils.getContainerOfType(node, isPhase);
    if (!phase?.duration?.$cstNode) return [];
    const keyword = GrammarUtils.findNodeForKeyword(phase.$cstNode, 'duration');
    if (!keyword) return [];
    return [quickFix(context, context.say('fix.remove-duration'),
        [removeSpan(document, keyword.offset, phase.duration.$cstNode.end)], true)];
}

/** Deletes `[from, to)`; when that leaves only blanks on its line, deletes the whole line. */
function removeSpan(document: LangiumDocument, from: number, to: number): TextEdit {
    const text = document.textDocument;
    const source = text.getText();
    const start = text.positionAt(from);
    const end = text.positionAt(to);
    const lineStart = text.offsetAt({ line: start.line, character: 0 });
    const lineEnd = end.line + 1 < text.lineCount ? text.offsetAt({ line: end.line + 1, character: 0 }) : source.length;
    const wholeLine = source.slice(lineStart, from).trim() === '' && source.slice(to, lineEnd).trim() === '';
    if (wholeLine) return { range: { start: text.positionAt(lineStart), end: text.positionAt(lineEnd) }, newText: '' };
    const trailing = source.slice(to).match(/^[ \t]*/)![0].length;
    return { range: { start, end: text.positionAt(to + trailing) }, newText: '' };
}

// ——— status-conflict: the status (or the progress) made to agree with the recorded facts ———

function agreeWithFacts(context: FixContext): CodeAction[] {
    const activity = context.node && AstUtils.getContainerOfType(context.node, isActivity);
    const status = context.data.status;
    if (!activity?.$cstNode || (status !== 'active' && status !== 'done')) return [];
    const progress = activity.progress;
    const actions: CodeAction[] = [];
    if (activity.status === 'done' && progress !== undefined && progress < 100) {
        // Done with work left: either the work is done (100%), or it is not (active) — unless `finished` says it is.
        actions.push(quickFix(context, context.say('fix.progress-100'), [setProgress(activity, 100)!], false));
        if (!activity.finished) actions.push(quickFix(context, context.say('fix.mark-active'), [setStatus(context.document, activity, 'active')], false));
    } else if (status === 'active') {
        // `status planned` with progress or `started`: the work has begun.
        actions.push(quickFix(context, context.say('fix.mark-active'), [setStatus(context.document, activity, 'active')], true));
        if (progress !== undefined && progress > 0 && !activity.started) {
            actions[0].isPreferred = false;
            actions.push(quickFix(context, context.say('fix.progress-0'), [setProgress(activity, 0)!], false));
        }
    } else {
        // `status active` with `finished`: done; a progress below 100% would contradict that next.
        const edits = [setStatus(context.document, activity, 'done')];
        if (progress !== undefined && progress < 100) edits.push(setProgress(activity, 100)!);
        actions.push(quickFix(context, context.say(edits.length > 1 ? 'fix.mark-done-100' : 'fix.mark-done'), edits, true));
    }
    return actions;
}

/** Replaces the `status` value, or adds `status X` where there is none. */
function setStatus(document: LangiumDocument, activity: Activity, status: 'active' | 'done'): TextEdit {
    const value = GrammarUtils.findNodeForProperty(activity.$cstNode, 'status');
    return value ? { range: value.range, newText: status } : addProperty(document, activity, 'status', status);
}

function setProgress(activity: Activity, progress: number): TextEdit | undefined {
    const value = GrammarUtils.findNodeForProperty(activity.$cstNode, 'progress');
    return value && { range: value.range, newText: String(progress) };
}

// ——— overdue: record the work as finished the day before the status date ———

function markFinished(context: FixContext): CodeAction[] {
    const activity = context.node && AstUtils.getContainerOfType(context.node, isActivity);
    const statusDate = context.data.statusDate;
    if (!activity?.$cstNode || activity.finished || typeof statusDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(statusDate)) return [];
    // The latest day a fact may record: facts lie before the status date.
    const day = addCalendarDays(statusDate, -1);
    // `finished` makes it done: a status or progress saying otherwise would conflict with it.
    const edits = [addProperty(context.document, activity, 'finished', day)];
    if (activity.status && activity.status !== 'done') edits.push(setStatus(context.document, activity, 'done'));
    if (activity.progress !== undefined && activity.progress < 100) edits.push(setProgress(activity, 100)!);
    return [quickFix(context, context.say('fix.mark-finished', { day }), edits, false)];
}

// ——— text helpers ———

function insertAt(document: LangiumDocument, offset: number, newText: string): TextEdit {
    const position = document.textDocument.positionAt(offset);
    return { range: { start: position, end: position }, newText };
}

function indentOfLine(document: LangiumDocument, line: number): string {
    const text = document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    return text.match(/^[ \t]*/)![0];
}

function lineIndent(document: LangiumDocument, cst: CstNode): string {
    return indentOfLine(document, cst.range.start.line);
}

/** The indentation of a programme's members: that of its phases, or the programme's plus one level. */
function memberIndent(document: LangiumDocument, programme: Programme): string {
    const member = programme.phases[0]?.$cstNode ?? programme.capabilities[0]?.$cstNode;
    return member ? lineIndent(document, member) : lineIndent(document, programme.$cstNode!) + INDENT;
}

function closingBrace(programme: Programme): CstNode | undefined {
    const braces = GrammarUtils.findNodesForKeyword(programme.$cstNode, '}');
    return braces[braces.length - 1];
}

function idsOf(programme: Programme): Set<string> {
    const ids = new Set<string>(programme.capabilities.map(capability => capability.name));
    for (const phase of programme.phases) for (const activity of phase.activities) ids.add(activity.name);
    return ids;
}

function uniqueId(ids: Set<string>, base: string): string {
    if (!ids.has(base)) return base;
    for (let n = 2; ; n++) if (!ids.has(`${base}-${n}`)) return `${base}-${n}`;
}
