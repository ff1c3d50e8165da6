// Serves the roadmap preview: answers `dtp/roadmap` with the validated model of a document and announces
// `dtp/roadmapChanged` after every build. The model comes from the one scheduler (see ./schedule.ts); this module
// only adds what a picture needs on top: the document's diagnostics tied to their activities, and the syntax state.
import { ModelLocator, type RoadmapDiagnostic, type RoadmapModel, type Severity } from '@dtp/roadmap';
import { renderSvg } from '@dtp/roadmap/render';
import { DocumentState, type LangiumDocument } from 'langium';
import { createRequestHandler, type LangiumSharedServices } from 'langium/lsp';
import type { Diagnostic } from 'vscode-languageserver';
import { scheduleOf } from './schedule.js';
import type { DtpServices } from '../dtp-module.js';
import {
    RoadmapChangedNotification, RoadmapRequest, type RoadmapChangedParams, type RoadmapParams, type RoadmapResult
} from './roadmap-protocol.js';

const SEVERITIES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** The answer to `dtp/roadmap` for a document the server has validated. */
export async function roadmapOf(services: DtpServices, document: LangiumDocument, params?: Pick<RoadmapParams, 'today' | 'render'>): Promise<RoadmapResult> {
    const { lexerErrors, parserErrors } = document.parseResult;
    const syntaxErrors = lexerErrors.length + parserErrors.length;
    const hasSyntaxErrors = syntaxErrors > 0;
    const schedule = await scheduleOf(services, document);
    const diagnostics = tieToActivities(document.diagnostics ?? [], schedule?.model);
    const result: RoadmapResult = {
        uri: document.uri.toString(),
        version: document.textDocument.version,
        model: schedule ? { ...schedule.model, diagnostics } : null,
        hasSyntaxErrors,
        syntaxErrors,
        diagnostics
    };
    if (!schedule) {
        result.reason = hasSyntaxErrors
            ? 'The plan does not parse yet, so there is no roadmap to show. Fix the syntax errors marked in the editor.'
            : 'This file holds no programme (a capability catalogue has no roadmap). Open the .dtp file with the `programme`.';
    }
    if (params?.render && result.model) {
        result.svg = renderSvg(result.model, { today: params.today, theme: params.render.theme });
    }
    return result;
}

/** Installs the roadmap request and notification on the language server's connection. Call before it listens. */
export function registerRoadmapHandler(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    connection.onRequest(RoadmapRequest.method, createRequestHandler(
        // The registry holds only DTP's services: every document of this server is a plan.
        (services, document, params: RoadmapParams) => roadmapOf(services as DtpServices, document, params),
        shared,
        DocumentState.Validated
    ));
    // Per document rather than per build: a build cancelled by the next keystroke still announces what it finished.
    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
        const params: RoadmapChangedParams = { uri: document.uri.toString(), version: document.textDocument.version };
        void connection.sendNotification(RoadmapChangedNotification.method, params);
    });
}

/**
 * LSP diagnostics as roadmap diagnostics, each placed on the activity (else the phase) whose source holds its start,
 * so the preview badges that bar or lane. One locator per model (see @dtp/roadmap's locate.ts).
 */
export function tieToActivities(diagnostics: readonly Diagnostic[], model: RoadmapModel | undefined): RoadmapDiagnostic[] {
    // No locator without a diagnostic to place: building one reads every activity's source.
    const locator = model && diagnostics.length > 0 ? locatorOf(model) : undefined;
    return diagnostics.map(diagnostic => {
        const code = diagnostic.code ?? (diagnostic.data as { code?: unknown } | undefined)?.code;
        return {
            code: code === undefined ? 'syntax' : String(code),
            severity: SEVERITIES[diagnostic.severity ?? 1] ?? 'error',
            message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
            ...locator?.placeOf(diagnostic.range.start),
            range: { start: diagnostic.range.start, end: diagnostic.range.end }
        };
    });
}

const locators = new WeakMap<RoadmapModel, ModelLocator>();

function locatorOf(model: RoadmapModel): ModelLocator {
    let locator = locators.get(model);
    if (!locator) locators.set(model, locator = new ModelLocator(model));
    return locator;
}
