// Langium reports lexer, parser and linker problems itself; this gives them DTP's codes (`syntax-error`,
// `unresolved-reference`), DTP's severities, and turns "Could not resolve reference" into a message that says
// where the name was looked for and which declared name was probably meant. Every diagnostic, whichever path made
// it, leaves here with a link to its code's page (`codeDescription.href`, docs/diagnostics/<code>.md).
import {
    AstUtils, Cancellation, DefaultDocumentValidator, interruptAndCheck, toDiagnosticSeverity,
    type AstNode, type ValidationAcceptor, type ValidationCheck, type LangiumDocument, type ParseResult, type Reference, type ReferenceInfo, type Scope, type ValidationOptions
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { DtpCoreServices } from '../dtp-core-module.js';
import { Activity, isActivity as isActivityNode, isPlan, isProgramme, type Programme } from '../generated/ast.js';
import { forEachNode } from '../workspace/plan-walk.js';
import { DIAGNOSTIC_SEVERITY, docsUrl } from './codes.js';
import { closestName } from './did-you-mean.js';
import { acceptorIn } from './report.js';
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
     * Runs the registered checks on every node, walking the plan's own shape (workspace/plan-walk.ts) instead of
     * Langium's generic stream, and yielding to cancellation every few thousand nodes rather than at each one:
     * on 100,000 activities the generic walk cost more than the checks.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, accept: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        // The checks word their messages in the user's language (validation/report.ts).
        const acceptor = acceptorIn(this.services.i18n.Locale.current, accept);
        if (!isPlan(rootNode)) return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        const nodes: AstNode[] = [];
        forEachNode(rootNode, node => nodes.push(node));
        // Langium builds a stream of the checks for every node, and awaits every check; the checks of a type are the
        // same for all its nodes, and only a check that returns a promise needs awaiting.
        const checksByType = new Map<string, ValidationCheck[]>();
        for (let i = 0; i < nodes.length; i++) {
            if (i % 2000 === 0) await interruptAndCheck(cancelToken);
            const node = nodes[i];
            let checks = checksByType.get(node.$type);
            if (!checks) checksByType.set(node.$type, checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray());
            for (let c = 0; c < checks.length; c++) { // indexed: a for-of step allocates until the engine optimises it
                const result = checks[c](node, acceptor, cancelToken);
                if (result) await result;
            }
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
