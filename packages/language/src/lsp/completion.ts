// Completion that knows the domain (docs/editors.md): only the phase kinds still allowed at the cursor, capabilities with
// their kind in `requires`/`provides`, only activities of the same or earlier phases in `after` with their end date,
// snippets for the main elements, and for tracking (docs/language.md) `status-date`, `started` and `finished` once
// each, with dates worth recording after them.
import type { DtpServices } from '../dtp-module.js';
import { AstUtils, GrammarAST, stream, TextDocument, URI, type AstNode, type AstNodeDescription, type CstNode, type LangiumDocument, type LangiumDocuments, type ReferenceInfo, type Stream } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionBacktrackingInformation, type CompletionContext, type CompletionValueItem, type NextFeature
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat, type CancellationToken, type CompletionList, type CompletionParams, type Range, type TextEdit } from 'vscode-languageserver';
import { phaseName, t, type Locale } from '@dtp/roadmap';
import { Dependency, isActivity, isCapability, isImport, isPhase, isPlan, isProgramme, type Capability } from '../generated/ast.js';
import { addCalendarDays } from '../scheduler/calendar.js';
import type { ActivitySpan } from '../scheduler/model.js';
import { allowedPhaseKindsAt, phaseRank } from './phase-order.js';
import { formatSpan, lastDay, scheduleOf, type ScheduleIndex } from './schedule.js';

export class DtpCompletionProvider extends DefaultCompletionProvider {
    private readonly services: DtpServices;
    private readonly documents: LangiumDocuments;
    /**
     * The schedule of the document being completed, for the item details. Set right before Langium's reference
     * completion, which runs synchronously to its end, so concurrent requests cannot see each other's schedule.
     */
    private schedule: ScheduleIndex | undefined;
    /** The place of each name offered by the reference completion under way, for its sortText; set like `schedule`. */
    private ranks: Map<AstNodeDescription, number> | undefined;
    /**
     * How many names one reference completion answers. Every list is marked incomplete, so the editor asks again as
     * the user types and the names matching what was typed come back: all of them are found by typing. On a plan of
     * 10,000 activities the whole list took most of a completion's time to build, send and read.
     */
    protected maxReferenceItems = 100;

    constructor(services: DtpServices) {
        super(services);
        this.services = services;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    /**
     * A plan of thousands of activities offers thousands of names; when the client allows it, their common edit
     * range is sent once (LSP 3.17 `itemDefaults`) instead of on every item, which shrinks the answer about threefold.
     */
    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const list = await super.getCompletion(document, params, cancelToken);
        if (!list || list.items.length < 2 || !this.clientCapabilities?.completionList?.itemDefaults?.includes('editRange')) return list;
        return withSharedEditRange(list);
    }

    /**
     * The completion parser re-reads the text before the cursor. Complete elements before the cursor (earlier
     * phases, activities, capabilities) do not change what may follow, so they are left out: on a plan of thousands
     * of activities the parser then reads a few lines instead of the whole file.
     */
    protected override findFeaturesAt(textDocument: TextDocument, offset: number): NextFeature[] {
        const document = this.documents.getDocument(URI.parse(textDocument.uri));
        const root = document?.parseResult.value;
        if (!document || !root?.$cstNode || document.textDocument.version !== textDocument.version) {
            return super.findFeaturesAt(textDocument, offset);
        }
        const prefix = condensedPrefix(textDocument.getText(), root, offset, firstErrorOffset(document));
        return super.findFeaturesAt(TextDocument.create(textDocument.uri, textDocument.languageId, textDocument.version, prefix), prefix.length);
    }

    /** Only the tokens around the cursor matter here; lexing the lines near it instead of the whole file keeps it fast. */
    protected override backtrackToAnyToken(text: string, offset: number): CompletionBacktrackingInformation {
        const lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        // Start two lines up, so the token before the cursor is there even when the cursor starts a line.
        const windowStart = Math.max(0, text.lastIndexOf('\n', Math.max(0, text.lastIndexOf('\n', lineStart - 2) - 1)) + 1);
        const lineEnd = text.indexOf('\n', offset);
        const windowEnd = lineEnd < 0 ? text.length : lineEnd;
        if (windowStart === 0 && windowEnd === text.length) return super.backtrackToAnyToken(text, offset);
        const found = super.backtrackToAnyToken(text.slice(windowStart, windowEnd), offset - windowStart);
        const shift = (value: number | undefined) => value === undefined ? undefined : value + windowStart;
        return {
            nextTokenStart: found.nextTokenStart + windowStart,
            nextTokenEnd: found.nextTokenEnd + windowStart,
            previousTokenStart: shift(found.previousTokenStart),
            previousTokenEnd: shift(found.previousTokenEnd)
        };
    }

    protected override async completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): Promise<void> {
        if (GrammarAST.isCrossReference(next.feature)) {
            const schedule = await scheduleOf(this.services, context.document);
            this.schedule = schedule;
            this.ranks = new Map();
            try {
                await super.completionFor(context, next, acceptor);
            } finally {
                this.schedule = undefined;
                this.ranks = undefined;
            }
            return;
        }
        if (GrammarAST.isKeyword(next.feature)) this.acceptSnippet(context, next.feature, acceptor);
        if (next.type === 'DateLiteral' && (next.property === 'statusDate' || next.property === 'started' || next.property === 'finished')) {
            await this.acceptTrackingDates(context, next.property, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    /**
     * Dates worth recording: today for the status date; for `started`/`finished` the activity's planned start or last
     * day and, when tracking, the day before the status date (the latest a recorded fact may be). Only completion
     * reads the clock: diagnostics never do.
     */
    private async acceptTrackingDates(context: CompletionContext, property: 'statusDate' | 'started' | 'finished', acceptor: CompletionAcceptor): Promise<void> {
        const dates: Array<{ date: string; detail: string }> = [];
        const locale = this.services.i18n.Locale.current;
        if (property === 'statusDate') {
            dates.push({ date: this.today(), detail: t(locale, 'completion.today') });
        } else {
            const activity = context.node && AstUtils.getContainerOfType(context.node, isActivity);
            const schedule = await scheduleOf(this.services, context.document);
            const scheduled = activity?.name ? schedule?.activities.get(activity.name) : undefined;
            const plan = scheduled?.planned ?? scheduled;
            if (plan?.start && property === 'started') dates.push({ date: plan.start, detail: t(locale, 'completion.planned-start') });
            if (plan?.start && plan.end && property === 'finished') {
                dates.push({ date: lastDay(plan.start, plan.end), detail: t(locale, scheduled?.kind === 'milestone' ? 'completion.planned-date' : 'completion.planned-last-day') });
            }
            const statusDate = schedule?.model.programme.statusDate;
            if (statusDate) dates.push({ date: addCalendarDays(statusDate, -1), detail: t(locale, 'completion.day-before-status', { date: statusDate }) });
        }
        const seen = new Set<string>();
        dates.forEach(({ date, detail }, index) => {
            if (seen.has(date)) return;
            seen.add(date);
            acceptor(context, { label: date, kind: CompletionItemKind.Constant, detail, sortText: `0${index}` });
        });
    }

    /** The local date, for the status-date suggestion. */
    protected today(): string {
        const now = new Date();
        return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    }

    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        if (!super.filterKeyword(context, keyword)) return false;
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
        // Soft keywords that may also be names: where a name is expected, the user invents one.
        if (rule === 'Id') return false;
        if (rule === 'PhaseKind') {
            const programme = context.node && AstUtils.getContainerOfType(context.node, isProgramme);
            return !programme || allowedPhaseKindsAt(programme, context.offset).includes(keyword.value as never);
        }
        // Tracking facts are given once: a second `started` would be an error.
        if (rule === 'Programme' && keyword.value === 'status-date') {
            const programme = context.node && AstUtils.getContainerOfType(context.node, isProgramme);
            return !givenElsewhere(programme?.statusDate?.$cstNode, keyword.value, context);
        }
        if (rule === 'Activity' && (keyword.value === 'started' || keyword.value === 'finished')) {
            const activity = context.node && AstUtils.getContainerOfType(context.node, isActivity);
            return !givenElsewhere(activity?.[keyword.value]?.$cstNode, keyword.value, context);
        }
        return true;
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        // A name already in the same list (`provides a, b`, `after x, y`) is not offered again.
        const listed = namesListedBeside(refInfo, context.offset);
        const phase = AstUtils.getContainerOfType(refInfo.container, isPhase);
        const all = super.getReferenceCandidates(refInfo, context).toArray();
        if (!phase || refInfo.container.$type !== Dependency.$type) return this.bestOf(all, context, candidate => !listed.has(candidate.name));
        // `after` may only point at the same or an earlier phase (backward-dependency otherwise).
        const rank = phaseRank(phase.kind);
        const self = AstUtils.getContainerOfType(refInfo.container, isActivity);
        return this.bestOf(all, context, candidate => {
            if (listed.has(candidate.name)) return false;
            const node = this.nodeOf(candidate);
            return isActivity(node) && node !== self && phaseRank(node.$container.kind) <= rank;
        });
    }

    /**
     * The `maxReferenceItems` names that `accept` lets through and that best fit what was typed before the cursor, best
     * first: the name typed, those that start with it (in its case, then in any), then the other matches of the fuzzy
     * rule Langium filters items by; among equals, the nearest before the cursor first (what a new line most likely
     * follows), then the nearest after it, then names from other files. Only these get an item, so their details are
     * computed, not those of thousands; and with nothing typed the search walks outwards from the cursor and stops.
     */
    private bestOf(candidates: AstNodeDescription[], context: CompletionContext, accept: (candidate: AstNodeDescription) => boolean): Stream<AstNodeDescription> {
        const typed = context.textDocument.getText().substring(context.tokenOffset, context.offset);
        const lowerTyped = typed.toLowerCase();
        const { uri } = context.document;
        const offsetOf = (candidate: AstNodeDescription) => candidate.documentUri === uri || candidate.documentUri.toString() === uri.toString()
            ? this.nodeOf(candidate)?.$cstNode?.offset ?? 0 : Number.POSITIVE_INFINITY;
        // A scope lists this file's names first, in the order they are written: the cursor splits them where a binary
        // search says. Names of other files (imported capabilities) count as after it.
        let low = 0;
        let high = candidates.length;
        while (low < high) {
            const middle = (low + high) >>> 1;
            if (offsetOf(candidates[middle]) <= context.offset) low = middle + 1;
            else high = middle;
        }
        // Taken nearest first into one list per tier, so each list is in order. The name typed in full comes first
        // however far away it is, so every name is found by typing it; with nothing typed the nearest end the search.
        const tiers: AstNodeDescription[][] = [[], [], [], []];
        const max = this.maxReferenceItems;
        const tierOf = (name: string) => name.startsWith(typed) ? (name.length === typed.length ? 0 : 1)
            : tiers[2].length < max && name.toLowerCase().startsWith(lowerTyped) ? 2
                : tiers[3].length < max && this.fuzzyMatcher.match(typed, name) ? 3 : -1;
        const take = (candidate: AstNodeDescription) => {
            const tier = tierOf(candidate.name);
            if (tier >= 0 && tiers[tier].length < max && accept(candidate)) tiers[tier].push(candidate);
            return typed.length > 0 || tiers[1].length < max;
        };
        let more = true;
        for (let i = low - 1; more && i >= 0; i--) more = take(candidates[i]);
        for (let i = low; more && i < candidates.length; i++) more = take(candidates[i]);
        const best = tiers.flat().slice(0, max);
        best.forEach((candidate, index) => {
            this.ranks?.set(candidate, index);
        });
        return stream(best);
    }

    // Built here rather than by the default (which looks up doc comments per candidate): thousands of candidates.
    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const node = this.nodeOf(description);
        if (isCapability(node)) {
            return { nodeDescription: description, kind: CompletionItemKind.Constant, detail: capabilityDetail(node), sortText: this.sortTextOf(description) };
        }
        if (isActivity(node)) {
            const scheduled = this.schedule?.spans.get(node.name); // its dates only: the model's activities stay unbuilt
            return {
                nodeDescription: description,
                kind: node.kind === 'milestone' ? CompletionItemKind.Event : CompletionItemKind.Function,
                detail: scheduled ? activityDetail(node.$container.kind, scheduled, this.services.i18n.Locale.current) : node.$container.kind,
                documentation: node.label,
                sortText: this.sortTextOf(description)
            };
        }
        return super.createReferenceCompletionItem(description, refInfo, context);
    }

    /** Names keep their rank when the editor sorts (by its own score first); `0` first keeps them above keywords. */
    private sortTextOf(description: AstNodeDescription): string {
        const rank = this.ranks?.get(description);
        return rank === undefined ? '0' : `0${String(rank).padStart(4, '0')}`;
    }

    /** Snippets ride along with the keyword that starts them, so they appear exactly where that keyword is valid. */
    private acceptSnippet(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): void {
        const snippet = this.snippetFor(context, keyword.value);
        if (!snippet) return;
        acceptor(context, {
            label: `${keyword.value} …`,
            filterText: keyword.value,
            kind: CompletionItemKind.Snippet,
            insertText: snippet.text,
            insertTextFormat: InsertTextFormat.Snippet,
            detail: snippet.detail,
            sortText: '0'
        });
    }

    private snippetFor(context: CompletionContext, keyword: string): { text: string; detail: string } | undefined {
        // The labels a snippet writes are the user's text from then on: written in their language.
        const locale = this.services.i18n.Locale.current;
        const label = t(locale, 'completion.snippet.label');
        switch (keyword) {
            case 'programme':
                return {
                    detail: t(locale, 'completion.snippet.programme'),
                    text: `programme \${1:id} "\${2:${t(locale, 'completion.snippet.title')}}" {\n\tstart \${3:2027-01}\n\n`
                        + `\tphase initiation "${phaseName('initiation', locale)}" {\n\t\ttransformation-plan dtp "${t(locale, 'completion.snippet.plan-label')}" { duration \${4:6w} }\n\t}\n\n`
                        + `\tphase foundation "${phaseName('foundation', locale)}" {\n\t\t$0\n\t}\n\n`
                        + `\tphase improvement "${phaseName('improvement', locale)}" {\n\t}\n\n`
                        + `\tphase continuous-improvement "${phaseName('continuous-improvement', locale)}" {\n\t}\n}`
                };
            case 'phase': {
                const programme = context.node && AstUtils.getContainerOfType(context.node, isProgramme);
                const kinds = programme ? allowedPhaseKindsAt(programme, context.offset) : [];
                if (programme && kinds.length === 0) return undefined; // every phase is there already
                // biome-ignore lint/suspicious/noTemplateCurlyInString: an LSP snippet placeholder, not a template
                const choice = kinds.length > 0 ? `\${1|${kinds.join(',')}|}` : '${1:initiation}';
                return { detail: t(locale, 'completion.snippet.phase'), text: `phase ${choice} "\${2:${label}}" {\n\t$0\n}` };
            }
            case 'activity':
                return { detail: t(locale, 'completion.snippet.activity'), text: `activity \${1:id} "\${2:${label}}" {\n\tduration \${3:4w}\n\t$0\n}` };
            case 'capability':
                return { detail: t(locale, 'completion.snippet.capability'), text: `capability \${1:id} "\${2:${label}}" \${3|facility,competence|}` };
            default:
                return undefined;
        }
    }

    private nodeOf(description: AstNodeDescription): AstNode | undefined {
        if (description.node) return description.node;
        const document = this.documents.getDocument(description.documentUri);
        return document && this.services.workspace.AstNodeLocator.getAstNode(document.parseResult.value, description.path);
    }
}

/** A property already written (`keyword` and its `value`), other than the one being typed at the cursor. */
function givenElsewhere(value: { offset: number; end: number } | undefined, keyword: string, context: CompletionContext): boolean {
    if (!value) return false;
    const keywordAt = context.textDocument.getText().lastIndexOf(keyword, value.offset);
    const from = keywordAt >= 0 ? keywordAt : value.offset;
    return !(from <= context.offset && context.offset <= value.end);
}

export function capabilityDetail(capability: Capability): string {
    return `${capability.kind ?? 'capability'} · ${capability.label ?? ''}`.trim();
}

/**
 * The text before `offset` without the complete elements that precede the cursor's element at each level
 * (plan → programme → phase). What is left still leads the parser into the same place. Only elements before
 * `trustedUpTo` (the first syntax error) are left out: after an error, the tree is a guess of the parser's recovery.
 */
export function condensedPrefix(text: string, root: AstNode, offset: number, trustedUpTo = text.length): string {
    const cut: Array<[number, number]> = [];
    let container: AstNode | undefined = root;
    while (container) {
        const members: AstNode[] = isPlan(container)
            ? [...container.imports, ...container.programmes, ...container.capabilities]
            : isProgramme(container) ? [...container.capabilities, ...container.phases]
                : isPhase(container) ? container.activities : [];
        let inside: AstNode | undefined;
        for (const member of members) {
            const cst = member.$cstNode;
            if (!cst) continue;
            const end = cst.end;
            if (end < offset && end < trustedUpTo && isComplete(member, cst, text, end)) cut.push([cst.offset, end]);
            else if (cst.offset < offset) inside = member;
        }
        container = inside;
    }
    if (cut.length === 0) return text.slice(0, offset);
    cut.sort((a, b) => a[0] - b[0]);
    const parts: string[] = [];
    let from = 0;
    for (const [start, end] of cut) {
        parts.push(text.slice(from, start));
        from = end;
    }
    parts.push(text.slice(from, offset));
    return parts.join('');
}

/** Closed blocks and finished one-line declarations; a half-typed element still steers the parser. */
function isComplete(member: AstNode, cst: CstNode, text: string, end: number): boolean {
    if (isCapability(member)) return member.kind !== undefined;
    if (isImport(member)) return member.path !== undefined;
    // Its text ends with `}`: read in place, as a plan has thousands of members and their texts would be garbage.
    return end > cst.offset && text.charCodeAt(end - 1) === 125;
}

const activityDetails = new WeakMap<ActivitySpan, string>();

/** `foundation · ends 2027-02-15 (last day 2027-02-14)`; cached per schedule, as a plan offers thousands. */
function activityDetail(phase: string, activity: ActivitySpan, locale: Locale): string {
    let detail = activityDetails.get(activity);
    if (detail === undefined) {
        const when = activity.start && activity.end && activity.end !== activity.start
            ? t(locale, 'completion.ends', { end: activity.end, last: lastDay(activity.start, activity.end) })
            : formatSpan(activity, locale);
        detail = when ? `${phase} · ${when}` : phase;
        activityDetails.set(activity, detail);
    }
    return detail;
}

/** Where the first lexer or parser error starts (the text length when there is none). */
function firstErrorOffset(document: LangiumDocument): number {
    const { lexerErrors, parserErrors } = document.parseResult;
    let first = document.textDocument.getText().length;
    for (const error of lexerErrors) first = Math.min(first, error.offset);
    for (const error of parserErrors) {
        const offset = error.token.startOffset;
        // An error at the end of the input carries no offset: it says nothing about the text before.
        if (Number.isFinite(offset)) first = Math.min(first, offset);
    }
    return first;
}

/** Moves the edit range all items share into `itemDefaults.editRange`; items keep only a differing insert text. */
export function withSharedEditRange(list: CompletionList): CompletionList {
    const first = list.items[0].textEdit;
    if (!first || !('range' in first)) return list;
    const range: Range = first.range;
    const same = (edit: TextEdit) => edit.range.start.line === range.start.line && edit.range.start.character === range.start.character
        && edit.range.end.line === range.end.line && edit.range.end.character === range.end.character;
    if (!list.items.every(item => item.textEdit && 'range' in item.textEdit && same(item.textEdit))) return list;
    return {
        isIncomplete: list.isIncomplete,
        itemDefaults: { ...list.itemDefaults, editRange: range },
        items: list.items.map(({ textEdit, ...item }) => textEdit!.newText === item.label ? item : { ...item, textEditText: textEdit!.newText })
    };
}

/** The names already written in the list being completed, except the one under the cursor. */
function namesListedBeside(refInfo: ReferenceInfo, offset: number): Set<string> {
    const activity = AstUtils.getContainerOfType(refInfo.container, isActivity);
    if (!activity) return new Set();
    const atCursor = (node: { offset: number; end: number } | undefined) => node !== undefined && node.offset <= offset && offset <= node.end;
    if (refInfo.property === 'provides' || refInfo.property === 'requires') {
        return new Set(activity[refInfo.property].filter(ref => !atCursor(ref.$refNode)).map(ref => ref.$refText));
    }
    if (refInfo.container.$type === Dependency.$type) {
        return new Set(activity.after.filter(dependency => !atCursor(dependency.target?.$refNode)).map(dependency => dependency.target?.$refText));
    }
    return new Set();
}
