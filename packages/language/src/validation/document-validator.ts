// Langium reports lexer, parser and linker problems itself; this gives them DTP's codes (`syntax-error`,
// `unresolved-reference`), DTP's severities, and turns "Could not resolve reference" into a message that says
// where the name was looked for and which declared name was probably meant. Every diagnostic, whichever path made
// it, leaves here with a link to its code's page (`codeDescription.href`, docs/diagnostics/<code>.md).
import {
    AstUtils, Cancellation, DefaultDocumentValidator, interruptAndCheck, toDiagnosticSeverity,
    type AstNode, type ValidationAcceptor, type LangiumDocument, type ParseResult, type Reference, type ReferenceInfo, type Scope, type ValidationOptions
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { DtpCoreServices } from '../dtp-core-module.js';
import {
    Activity, Capability, DateLiteral, Dependency, DurationLiteral, Import, Phase, Plan, Programme, isActivity as isActivityNode, isPlan, isProgramme
} from '../generated/ast.js';
import { DIAGNOSTIC_SEVERITY, docsUrl } from './codes.js';
import { closestName } from './did-you-mean.js';
import { acceptorIn } from './report.js';
import { DtpLinker } from '../workspace/linker.js';
import { asIsGroup, DtpValidationRegistry, runChecks, type CheckGroup } from './sync-registry.js';
import { t, type Locale } from '@dtp/roadmap';

/** Beyond this many, syntax errors are follow-ups of the first ones (or the file is not a plan at all). */
export const MAX_SYNTAX_DIAGNOSTICS = 100;
/** Suggestions scan every name in scope; past this many unresolved names per file, skip them to stay linear. */
const MAX_SUGGESTED_REFERENCES = 200;

export class DtpDocumentValidator extends DefaultDocumentValidator {
    private readonly services: DtpCoreServices;

    constructor(services: DtpCoreServices) {
        super(services);
        this.services = services;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const diagnostic of diagnostics) linkToDocs(diagnostic);
        return diagnostics;
    }

    /**
     * Runs the registered checks on every node, in the order of workspace/plan-walk.ts's forEachNode, walking the
     * plan's own shape instead of Langium's generic stream, and yielding to cancellation every few thousand nodes
     * rather than at each one: on 100,000 activities the generic walk cost more than the checks. The checks of each
     * type are looked up once per run, and only a check that returns a promise is awaited. This async function stays
     * small on purpose: the engine optimises it while it runs, and an optimisation of a large one (the walk written
     * out in it) took 50 ms on a background thread that the process then waited for before it could exit.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, accept: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        // The checks word their messages in the user's language (validation/report.ts).
        const acceptor = acceptorIn(this.services.i18n.Locale.current, accept);
        if (!isPlan(rootNode)) return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        const registry = this.validationRegistry;
        const checksOf = (type: string): CheckGroup => {
            const checks = registry.getChecks(type, options.categories).toArray();
            return registry instanceof DtpValidationRegistry ? registry.checkGroup(checks) : asIsGroup(checks);
        };
        const run = new CheckRun(acceptor, cancelToken);
        run.list(rootNode, {
            Plan: checksOf(Plan.$type), Import: checksOf(Import.$type), Capability: checksOf(Capability.$type),
            Programme: checksOf(Programme.$type), Phase: checksOf(Phase.$type), Activity: checksOf(Activity.$type),
            Dependency: checksOf(Dependency.$type), DateLiteral: checksOf(DateLiteral.$type), DurationLiteral: checksOf(DurationLiteral.$type)
        });
        for (let next = 0; next < run.length;) {
            if (next % YIELD_EVERY === 0) await interruptAndCheck(cancelToken);
            next = run.runFrom(next);
            const pending = run.pending;
            run.pending = undefined;
            if (pending) await pending;
        }
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const found: Diagnostic[] = [];
        super.processLexingErrors(parseResult, found, options);
        diagnostics.push(...found.map(asSyntaxError));
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const found: Diagnostic[] = [];
        super.processParsingErrors(parseResult, found, options);
        diagnostics.push(...found.map(asSyntaxError));
        // Lexer errors came first; together they stay within the limit, and the last one says how many were left out.
        trimSyntaxErrors(diagnostics, this.services.i18n.Locale.current);
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        // The linker counted what it left unresolved: with none, no reference needs asking (10,000s on large plans).
        const linker = this.services.references.Linker;
        if (linker instanceof DtpLinker && linker.unresolvedCount(document) === 0) return;
        const namesInScope = new Map<Scope, string[]>();
        const activityNames = new Map<Programme, Set<string>>();
        let suggested = 0;
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) continue;
            const info = error.info;
            const refText = info.reference.$refText;
            const isActivity = this.services.shared.AstReflection.getReferenceType(info) === Activity.$type;
            const otherKind = refText ? this.otherKindNamed(refText, info, isActivity, activityNames) : undefined;
            if (otherKind) {
                diagnostics.push(this.unresolved(reference as Reference, info, otherKind.message, otherKind.data));
                continue;
            }
            let suggestion: string | undefined;
            if (refText && suggested++ < MAX_SUGGESTED_REFERENCES) {
                const scope = this.services.references.ScopeProvider.getScope(info);
                let names = namesInScope.get(scope);
                if (!names) {
                    names = scope.getAllElements().map(description => description.name).toArray();
                    namesInScope.set(scope, names);
                }
                suggestion = closestName(refText, names);
            }
            const message = t(this.services.i18n.Locale.current, 'reference.unresolved', {
                name: refText, kind: isActivity ? 'activity' : 'capability', programme: isActivity ? this.programmeOf(info.container) : undefined, suggestion
            });
            diagnostics.push(this.unresolved(reference as Reference, info, message,
                suggestion ? { suggestion } : {}));
        }
    }

    private unresolved(reference: Reference, info: ReferenceInfo, message: string, data: Record<string, unknown>): Diagnostic {
        return this.toDiagnostic(DIAGNOSTIC_SEVERITY['unresolved-reference'], message, {
            node: info.container,
            range: reference.$refNode?.range,
            property: info.property,
            index: info.index,
            code: 'unresolved-reference',
            data: { code: 'unresolved-reference', containerType: info.container.$type, property: info.property, refText: info.reference.$refText, ...data }
        });
    }

    /**
     * A name of the other kind: `after cloud` where `cloud` is a capability, `requires landing` where `landing` is
     * an activity. Says which word fits instead of "no such name".
     */
    private otherKindNamed(refText: string, info: ReferenceInfo, isActivity: boolean, activityNames: Map<Programme, Set<string>>):
        { message: string; data: Record<string, unknown> } | undefined {
        const activity = AstUtils.getContainerOfType(info.container, isActivityNode);
        if (isActivity) {
            if (!activity) return undefined;
            const capabilities = this.services.references.ScopeProvider.getScope({ reference: info.reference, container: activity, property: 'requires' });
            if (!capabilities.getElement(refText)) return undefined;
            return {
                message: t(this.services.i18n.Locale.current, 'reference.capability-in-after', { name: refText }),
                data: { actualKind: 'capability', replaceWith: 'requires' }
            };
        }
        const programme = AstUtils.getContainerOfType(info.container, isProgramme);
        if (!programme) return undefined;
        let names = activityNames.get(programme);
        if (!names) {
            names = new Set(programme.phases.flatMap(phase => phase.activities.map(candidate => candidate.name)));
            activityNames.set(programme, names);
        }
        if (!names.has(refText)) return undefined;
        const keyword = info.property === 'provides' ? 'provides' : 'requires';
        return {
            message: t(this.services.i18n.Locale.current, keyword === 'requires' ? 'reference.activity-in-requires' : 'reference.activity-in-provides', { name: refText }),
            data: { actualKind: 'activity', ...(keyword === 'requires' ? { replaceWith: 'after' } : {}) }
        };
    }

    private programmeOf(node: AstNode): string | undefined {
        return AstUtils.getContainerOfType(node, isProgramme)?.name || undefined;
    }
}

/** Editors show a DTP code as a link to the page that explains it; codes that are not DTP's stay plain. */
function linkToDocs(diagnostic: Diagnostic): void {
    const code = diagnostic.code;
    if (diagnostic.codeDescription || typeof code !== 'string' || !Object.hasOwn(DIAGNOSTIC_SEVERITY, code)) return;
    diagnostic.codeDescription = { href: docsUrl(code) };
}

function asSyntaxError(diagnostic: Diagnostic): Diagnostic {
    return {
        ...diagnostic,
        severity: toDiagnosticSeverity(DIAGNOSTIC_SEVERITY['syntax-error']),
        code: 'syntax-error',
        data: { code: 'syntax-error' }
    };
}

/** Keeps the first MAX_SYNTAX_DIAGNOSTICS syntax errors and says on the last one how many more there were. */
function trimSyntaxErrors(diagnostics: Diagnostic[], locale: Locale): void {
    const syntax = diagnostics.filter(d => d.code === 'syntax-error');
    if (syntax.length <= MAX_SYNTAX_DIAGNOSTICS) return;
    const dropped = new Set(syntax.slice(MAX_SYNTAX_DIAGNOSTICS));
    const kept = diagnostics.filter(d => !dropped.has(d));
    const last = syntax[MAX_SYNTAX_DIAGNOSTICS - 1];
    last.message += t(locale, 'syntax.more-not-shown', { count: dropped.size });
    diagnostics.splice(0, diagnostics.length, ...kept);
}

/** Nodes checked between two yields to cancellation. */
const YIELD_EVERY = 2000;

/** The checks of each node type in a plan. */
type ChecksByType = Record<'Plan' | 'Import' | 'Capability' | 'Programme' | 'Phase' | 'Activity' | 'Dependency' | 'DateLiteral' | 'DurationLiteral', CheckGroup>;

/** One run of the checks over a plan: its nodes that have checks, listed first, then checked a range at a time. */
class CheckRun {
    private readonly nodes: AstNode[] = [];
    private readonly groups: CheckGroup[] = [];
    /** What the last range stopped for: a check that returned a promise. */
    pending: Promise<void> | undefined;

    constructor(private readonly accept: ValidationAcceptor, private readonly cancelToken: Cancellation.CancellationToken) {}

    get length(): number {
        return this.nodes.length;
    }

    private add(node: AstNode, group: CheckGroup): void {
        if (group.checks.length === 0) return;
        this.nodes.push(node);
        this.groups.push(group);
    }

    /** Lists the nodes in forEachNode's order (workspace/plan-walk.ts), without a callback per node. */
    list(plan: Plan, on: ChecksByType): void {
        this.add(plan, on.Plan);
        for (const node of plan.imports ?? []) this.add(node, on.Import);
        for (const node of plan.capabilities ?? []) this.add(node, on.Capability);
        for (const programme of plan.programmes ?? []) {
            this.add(programme, on.Programme);
            if (programme.start) this.add(programme.start, on.DateLiteral);
            if (programme.statusDate) this.add(programme.statusDate, on.DateLiteral);
            for (const node of programme.capabilities ?? []) this.add(node, on.Capability);
            for (const phase of programme.phases ?? []) {
                this.add(phase, on.Phase);
                if (phase.start) this.add(phase.start, on.DateLiteral);
                if (phase.duration) this.add(phase.duration, on.DurationLiteral);
                const activities = phase.activities ?? [];
                // Indexed loops over activities and references: a for-of step allocates until the engine optimises it.
                for (let a = 0; a < activities.length; a++) {
                    const activity = activities[a];
                    this.add(activity, on.Activity);
                    if (activity.duration) this.add(activity.duration, on.DurationLiteral);
                    if (activity.start) this.add(activity.start, on.DateLiteral);
                    if (activity.every) this.add(activity.every, on.DurationLiteral);
                    if (activity.started) this.add(activity.started, on.DateLiteral);
                    if (activity.finished) this.add(activity.finished, on.DateLiteral);
                    const after = activity.after ?? [];
                    for (let d = 0; d < after.length; d++) {
                        const dependency = after[d];
                        this.add(dependency, on.Dependency);
                        if (dependency.offset) this.add(dependency.offset, on.DurationLiteral);
                    }
                }
            }
        }
    }

    /**
     * Checks the nodes from `from` up to the next multiple of YIELD_EVERY (a yield to cancellation comes there), or
     * until a check returns a promise (left in `pending`, the rest of that node's checks run after it). Returns where
     * to go on from.
     */
    runFrom(from: number): number {
        const { nodes, groups } = this;
        const end = Math.min(nodes.length, from - (from % YIELD_EVERY) + YIELD_EVERY);
        for (let i = from; i < end; i++) {
            const pending = runChecks(nodes[i], groups[i], this.accept, this.cancelToken);
            if (pending) {
                this.pending = pending;
                return i + 1;
            }
        }
        return end;
    }
}
