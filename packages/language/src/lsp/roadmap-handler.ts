// Serves the roadmap preview: answers `dtp/roadmap` with the validated model of a document and announces
// `dtp/roadmapChanged` after every build. The model comes from the one scheduler (see ./schedule.ts); this module
// only adds what a picture needs on top: the document's diagnostics tied to their activities, and the syntax state.
import { renderSvg, type RoadmapActivity, type RoadmapDiagnostic, type RoadmapModel, type Severity } from '@dtp/roadmap';
import { DocumentState, type LangiumDocument } from 'langium';
import { createRequestHandler, type LangiumSharedServices } from 'langium/lsp';
import type { Diagnostic, Position } from 'vscode-languageserver';
import { scheduleOf } from './schedule.js';
import {
    RoadmapChangedNotification, RoadmapRequest, type RoadmapChangedParams, type RoadmapParams, type RoadmapResult
} from './roadmap-protocol.js';

const SEVERITIES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** The answer to `dtp/roadmap` for a document the server has validated. */
export async function roadmapOf(services: object, document: LangiumDocument, params?: Pick<RoadmapParams, 'today' | 'render'>): Promise<RoadmapResult> {
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
        (services, document, params: RoadmapParams) => roadmapOf(services, document, params),
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
 * LSP diagnostics as roadmap diagnostics, each with the activity whose source holds its start. Activities do not
 * nest and the model keeps their ranges, so one sort per model and a binary search per diagnostic do it.
 */
export function tieToActivities(diagnostics: readonly Diagnostic[], model: RoadmapModel | undefined): RoadmapDiagnostic[] {
    const activities = model ? activitiesBySource(model) : [];
    return diagnostics.map(diagnostic => {
        const code = diagnostic.code ?? (diagnostic.data as { code?: unknown } | undefined)?.code;
        const result: RoadmapDiagnostic = {
            code: code === undefined ? 'syntax' : String(code),
            severity: SEVERITIES[diagnostic.severity ?? 1] ?? 'error',
            message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
            range: { start: diagnostic.range.start, end: diagnostic.range.end }
        };
        const activity = activityAt(activities, diagnostic.range.start);
        if (activity) result.activityId = activity.id;
        return result;
    });
}

const sortedActivities = new WeakMap<RoadmapModel, RoadmapActivity[]>();

function activitiesBySource(model: RoadmapModel): RoadmapActivity[] {
    let sorted = sortedActivities.get(model);
    if (!sorted) {
        // Imported files' ranges (source.uri set) are about other documents: they never hold this file's diagnostics.
        sorted = model.activities
            .filter(activity => activity.source && !activity.source.uri)
            .sort((a, b) => compare(a.source!.start, b.source!.start));
        sortedActivities.set(model, sorted);
    }
    return sorted;
}

function activityAt(sorted: readonly RoadmapActivity[], position: Position): RoadmapActivity | undefined {
    let low = 0;
    let high = sorted.length - 1;
    let candidate: RoadmapActivity | undefined;
    while (low <= high) {
        const middle = (low + high) >> 1;
        if (compare(sorted[middle].source!.start, position) <= 0) {
            candidate = sorted[middle];
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    return candidate && compare(position, candidate.source!.end) <= 0 ? candidate : undefined;
}

function compare(a: Position, b: Position): number {
    return a.line - b.line || a.character - b.character;
}
