// The roadmap preview's server side: `dtp/roadmap` answers with the validated model, the diagnostics tied to their
// activities and the syntax state; `dtp/roadmapChanged` is announced after each build.
import { EmptyFileSystem } from 'langium';
import { CancellationToken, type Connection } from 'vscode-languageserver';
import { afterEach, describe, expect, test } from 'vitest';
import { createDtpServices } from '../src/dtp-module.js';
import { registerRoadmapHandler, roadmapOf, tieToActivities } from '../src/lsp/roadmap-handler.js';
import {
    RoadmapChangedNotification, RoadmapRequest, type RoadmapChangedParams, type RoadmapParams, type RoadmapResult
} from '../src/lsp/roadmap-protocol.js';
import { buildDocuments, createTestServices, readRepoFile, resetWorkspace } from './lsp-support.js';

const services = createTestServices();
afterEach(() => resetWorkspace(services));

const NOORDSTAD = 'file:///plans/noordstad.dtp';
const CATALOGUE = 'file:///plans/capabilities.dtp';

async function noordstad() {
    const [document] = await buildDocuments(services, {
        [NOORDSTAD]: readRepoFile('examples/noordstad.dtp'),
        [CATALOGUE]: readRepoFile('examples/capabilities.dtp')
    });
    return document;
}

describe('dtp/roadmap', () => {
    test('a valid plan gives its scheduled model, no syntax errors and no error diagnostics', async () => {
        const result = await roadmapOf(services.Dtp, await noordstad());
        expect(result.uri).toBe(NOORDSTAD);
        expect(result.hasSyntaxErrors).toBe(false);
        expect(result.syntaxErrors).toBe(0);
        expect(result.reason).toBeUndefined();
        expect(result.model?.programme.id).toBe('noordstad');
        const dtp = result.model?.activities.find(activity => activity.id === 'dtp');
        expect(dtp).toMatchObject({ start: '2027-01-04', end: '2027-02-15', kind: 'transformation-plan' });
        // Click-to-source needs the range of the name itself.
        const lines = readRepoFile('examples/noordstad.dtp').split('\n');
        const line = lines.findIndex(text => text.includes('transformation-plan dtp'));
        expect(dtp?.nameSource?.start).toEqual({ line, character: lines[line].indexOf(' dtp ') + 1 });
        expect(result.diagnostics.filter(d => d.severity === 'error' || d.severity === 'warning')).toEqual([]);
        expect(result.model?.diagnostics).toEqual(result.diagnostics);
    });

    test('documents of virtual workspaces (the web workbench) get their roadmap too', async () => {
        const [document] = await buildDocuments(services, {
            'vscode-test-web://mount/examples/noordstad.dtp': readRepoFile('examples/noordstad.dtp'),
            'vscode-test-web://mount/examples/capabilities.dtp': readRepoFile('examples/capabilities.dtp')
        });
        const result = await roadmapOf(services.Dtp, document);
        expect(result.reason).toBeUndefined();
        expect(result.model?.activities.length).toBeGreaterThan(10);
    });

    test('a diagnostic inside an activity names that activity, in the answer and in the model the picture marks', async () => {
        const text = readRepoFile('test/fixtures/invalid/unmet-prerequisite.dtp');
        const [document] = await buildDocuments(services, { 'file:///plans/gap.dtp': text });
        const result = await roadmapOf(services.Dtp, document);
        const unmet = result.diagnostics.find(d => d.code === 'unmet-prerequisite');
        expect(unmet).toMatchObject({ severity: 'error', activityId: 'dashboards' });
        expect(unmet?.message).toMatch(/data-literacy/);
        expect(result.model?.diagnostics).toContainEqual(unmet);
    });

    test('text with syntax errors is flagged, and the recovered model is still offered', async () => {
        const text = readRepoFile('examples/noordstad.dtp').replace('duration 3m\n            after go', 'duration 3m\n            after go,,');
        const [document] = await buildDocuments(services, { [NOORDSTAD]: text, [CATALOGUE]: readRepoFile('examples/capabilities.dtp') });
        const result = await roadmapOf(services.Dtp, document);
        expect(result.hasSyntaxErrors).toBe(true);
        expect(result.syntaxErrors).toBeGreaterThan(0);
        expect(result.diagnostics.some(d => d.severity === 'error')).toBe(true);
        expect(result.model?.activities.length).toBeGreaterThan(0);
    });

    test('a capability catalogue has no roadmap, and the answer says why', async () => {
        const [, catalogue] = await buildDocuments(services, {
            [NOORDSTAD]: readRepoFile('examples/noordstad.dtp'),
            [CATALOGUE]: readRepoFile('examples/capabilities.dtp')
        });
        const result = await roadmapOf(services.Dtp, catalogue);
        expect(result.model).toBeNull();
        expect(result.hasSyntaxErrors).toBe(false);
        expect(result.reason).toMatch(/no programme/);
    });

    test('asked to render, the server returns the SVG of the model with a bar per activity', async () => {
        const result = await roadmapOf(services.Dtp, await noordstad(), { today: '2027-06-01', render: { theme: 'vscode' } });
        expect(result.svg).toMatch(/^<svg /);
        for (const activity of result.model!.activities) expect(result.svg).toContain(`data-id="${activity.id}"`);
        expect(result.svg).toContain('var(--vscode-');
    });
});

describe('tieToActivities', () => {
    test('diagnostics outside every activity go to the phase that holds them, else stay untied; severities map from LSP', () => {
        const model = {
            phases: [
                { kind: 'foundation', source: { start: { line: 2, character: 0 }, end: { line: 6, character: 1 } } }
            ],
            activities: [
                { id: 'a', source: { start: { line: 2, character: 4 }, end: { line: 4, character: 5 } } },
                { id: 'b', source: { start: { line: 5, character: 4 }, end: { line: 5, character: 40 } } },
                { id: 'imported', source: { uri: 'file:///other.dtp', start: { line: 0, character: 0 }, end: { line: 99, character: 0 } } }
            ]
        } as unknown as Parameters<typeof tieToActivities>[1];
        const at = (line: number, character: number, severity: 1 | 2 | 3 | 4) =>
            ({ range: { start: { line, character }, end: { line, character: character + 1 } }, message: 'm', severity, code: 'c' });
        const tied = tieToActivities([at(3, 0, 1), at(5, 10, 2), at(1, 0, 3), at(4, 6, 4)], model);
        expect(tied.map(d => d.activityId)).toEqual(['a', 'b', undefined, undefined]);
        expect(tied.map(d => d.phase)).toEqual([undefined, undefined, undefined, 'foundation']);
        expect(tied.map(d => d.severity)).toEqual(['error', 'warning', 'info', 'hint']);
    });
});

describe('registerRoadmapHandler', () => {
    test('installs dtp/roadmap on the connection and announces dtp/roadmapChanged after each build', async () => {
        const requests = new Map<string, (params: unknown, token: CancellationToken) => Promise<unknown>>();
        const notifications: { method: string; params: RoadmapChangedParams }[] = [];
        const connection = {
            onRequest: (method: string, handler: (params: unknown, token: CancellationToken) => Promise<unknown>) => {
                requests.set(method, handler);
                return { dispose: () => requests.delete(method) };
            },
            sendNotification: async (method: string, params: RoadmapChangedParams) => { notifications.push({ method, params }); }
        } as unknown as Connection;
        const served = createDtpServices({ connection, ...EmptyFileSystem });
        registerRoadmapHandler(served.shared);
        // A started server has initialized its (here empty) workspace; request handlers wait for that.
        await served.shared.workspace.WorkspaceManager.initializeWorkspace([]);
        expect([...requests.keys()]).toEqual([RoadmapRequest.method]);

        await buildDocuments(served, { [NOORDSTAD]: readRepoFile('examples/noordstad.dtp'), [CATALOGUE]: readRepoFile('examples/capabilities.dtp') });
        expect(notifications.filter(n => n.method === RoadmapChangedNotification.method).map(n => n.params.uri).sort())
            .toEqual([CATALOGUE, NOORDSTAD]);

        const params: RoadmapParams = { textDocument: { uri: NOORDSTAD } };
        const result = await requests.get(RoadmapRequest.method)!(params, CancellationToken.None) as RoadmapResult;
        expect(result.model?.activities.length).toBeGreaterThan(10);
        expect(result.version).toBe(notifications.find(n => n.params.uri === NOORDSTAD)?.params.version);
        await resetWorkspace(served);
    });
});
