// The pure parts of the roadmap preview, without VS Code: which activity is under the cursor, what the banner says,
// and which webview messages and states are accepted. The workbench behaviour is in test/vscode/preview.suite.ts.
import type { RoadmapActivity, RoadmapModel } from '@dtp/roadmap';
import type { RoadmapResult } from '@dtp/language/roadmap-protocol';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ActivityIndex } from '../src/preview/activity-index.js';
import { bannerFor } from '../src/preview/banner.js';
import { DEFAULT_VIEW, decodeModel, encodeModel, isFromWebview, isPreviewView, isWebviewState, renderOptionsOf } from '../src/preview/messages.js';
import { Throttle } from '../src/preview/throttle.js';

function activity(id: string, from: [number, number], to: [number, number], uri?: string): RoadmapActivity {
    return {
        id, label: id, kind: 'activity', phase: 'foundation', scheduled: true, start: '2027-01-04', end: '2027-02-01',
        pinned: false, slack: 0, critical: false, provides: [], requires: [], after: [],
        source: { ...(uri ? { uri } : {}), start: { line: from[0], character: from[1] }, end: { line: to[0], character: to[1] } }
    };
}

function model(activities: RoadmapActivity[]): RoadmapModel {
    return {
        version: 2,
        programme: { id: 'p', start: '2027-01-04', end: '2027-12-31' },
        phases: [], activities, capabilities: [], dependencies: [], criticalPath: []
    };
}

function result(change: Partial<RoadmapResult>): RoadmapResult {
    return { uri: 'file:///p.dtp', version: 3, model: model([]), hasSyntaxErrors: false, syntaxErrors: 0, diagnostics: [], ...change };
}

describe('ActivityIndex', () => {
    // Deliberately out of source order: the model lists activities by phase, not by line.
    const index = new ActivityIndex(model([
        activity('later', [20, 8], [24, 9]),
        activity('first', [10, 8], [13, 9]),
        activity('one-line', [15, 8], [15, 60]),
        activity('elsewhere', [0, 0], [99, 0], 'file:///other.dtp')
    ]));

    test('finds the activity whose source holds the position, edges included', () => {
        expect(index.at({ line: 10, character: 8 })?.id).toBe('first');
        expect(index.at({ line: 12, character: 0 })?.id).toBe('first');
        expect(index.at({ line: 13, character: 9 })?.id).toBe('first');
        expect(index.at({ line: 15, character: 30 })?.id).toBe('one-line');
        expect(index.at({ line: 24, character: 2 })?.id).toBe('later');
    });

    test('finds nothing between activities, before the first, after the last, or from another file', () => {
        expect(index.at({ line: 14, character: 0 })).toBeUndefined();
        expect(index.at({ line: 15, character: 61 })).toBeUndefined();
        expect(index.at({ line: 2, character: 0 })).toBeUndefined();
        expect(index.at({ line: 30, character: 0 })).toBeUndefined();
    });

    test('looks activities up by id', () => {
        expect(index.get('elsewhere')?.source?.uri).toBe('file:///other.dtp');
        expect(index.get('missing')).toBeUndefined();
    });

    test('works on a plan of the benchmark\'s largest size (100,000 activities), first to last', () => {
        const many = Array.from({ length: 100_000 }, (_, i) => activity(`a${i}`, [i * 3, 4], [i * 3 + 2, 5]));
        const big = new ActivityIndex(model(many.reverse()));
        for (let i = 0; i < 100_000; i += 997) expect(big.at({ line: i * 3 + 1, character: 0 })?.id).toBe(`a${i}`);
        expect(big.at({ line: 299_999, character: 0 })?.id).toBe('a99999');
        expect(big.at({ line: 299_999, character: 6 })).toBeUndefined();
    });
});

describe('bannerFor', () => {
    test('a clean plan needs no banner', () => {
        expect(bannerFor(result({}), false)).toBeUndefined();
    });

    test('syntax errors: says the picture is the last good one and how many errors to fix', () => {
        const banner = bannerFor(result({ hasSyntaxErrors: true, syntaxErrors: 2 }), true);
        expect(banner?.kind).toBe('syntax');
        expect(banner?.text).toMatch(/2 syntax errors: this is the last roadmap that parsed/);
        expect(bannerFor(result({ hasSyntaxErrors: true, syntaxErrors: 1 }), false)?.text).toMatch(/1 syntax error: the roadmap may be missing parts/);
    });

    test('no model: the server\'s reason is shown', () => {
        expect(bannerFor(result({ model: null, reason: 'This file holds no programme.' }), false))
            .toEqual({ kind: 'info', text: 'This file holds no programme.' });
    });

    test('errors and warnings are counted and pointed at the badges', () => {
        const diagnostics: RoadmapResult['diagnostics'] = [
            { code: 'unmet-prerequisite', severity: 'error', message: 'm' },
            { code: 'missing-phase', severity: 'warning', message: 'm' },
            { code: 'missing-phase', severity: 'warning', message: 'm' },
            { code: 'unused-capability', severity: 'hint', message: 'm' }
        ];
        const banner = bannerFor(result({ diagnostics }), false);
        expect(banner?.kind).toBe('error');
        expect(banner?.text).toMatch(/^1 error and 2 warnings in the plan/);
    });
});

describe('webview messages', () => {
    test('only known message kinds from the webview are handled', () => {
        expect(isFromWebview({ type: 'reveal', id: 'portal' })).toBe(true);
        expect(isFromWebview({ type: 'rendered', bars: 3, version: 1, banner: null })).toBe(true);
        expect(isFromWebview({ type: 'run', command: 'rm -rf' })).toBe(false);
        expect(isFromWebview('reveal')).toBe(false);
        expect(isFromWebview(null)).toBe(false);
    });

    test('a restored panel needs the document URI and a zoom in its state', () => {
        expect(isWebviewState({ uri: 'file:///p.dtp', zoom: 1.25 })).toBe(true);
        expect(isWebviewState({ uri: 'file:///p.dtp' })).toBe(false);
        expect(isWebviewState(undefined)).toBe(false);
    });

    test('a view (from the toolbar or the workspace state) is taken only when every field is one the renderer knows', () => {
        const owners = { view: 'owners', phase: 'foundation', owner: 'Platform team', critical: true, lines: true, fold: ['Platform team'] };
        expect(isPreviewView(DEFAULT_VIEW)).toBe(true);
        expect(isPreviewView(owners)).toBe(true);
        expect(isFromWebview({ type: 'view', view: owners })).toBe(true);
        // must not: an unknown view or phase, a fold that is not a list of names, a missing field
        expect(isPreviewView({ ...owners, view: 'gantt' })).toBe(false);
        expect(isPreviewView({ ...owners, phase: 'build' })).toBe(false);
        expect(isPreviewView({ ...owners, fold: [1] })).toBe(false);
        expect(isPreviewView({ ...owners, lines: 'yes' })).toBe(false);
        const { critical: _, ...partial } = owners;
        expect(isPreviewView(partial)).toBe(false);
        expect(isFromWebview({ type: 'view', view: { ...owners, view: 'gantt' } })).toBe(false);
    });

    test('a view becomes the renderer\'s options; the view\'s own default for lines stays the default', () => {
        expect(renderOptionsOf(DEFAULT_VIEW)).toEqual({ view: 'detail', fold: 'auto' });
        expect(renderOptionsOf({ view: 'owners', phase: 'foundation', owner: 'Unassigned', critical: true, lines: false, fold: 'none' }))
            .toEqual({ view: 'owners', phases: ['foundation'], owners: ['Unassigned'], critical: true, lines: false, fold: 'none' });
    });
});

describe('the model posted to the webview', () => {
    test('arrives as it was sent: every field, and text beyond ASCII', () => {
        const sent = model([activity('über', [1, 0], [2, 0]), activity('b', [3, 0], [4, 0], 'file:///other.dtp')]);
        sent.activities[0].label = 'Überführung → ◆ 😀 "quoted" \\ \n';
        sent.programme.title = 'Plan € 2027';
        const bytes = encodeModel(sent);
        expect(bytes).toBeInstanceOf(Uint8Array);
        expect(decodeModel(bytes)).toEqual(sent);
    });
});

describe('Throttle (when the preview asks for a new picture)', () => {
    afterEach(() => {
        vi.useRealTimers();
    });

    function throttled() {
        vi.useFakeTimers();
        const starts: number[] = [];
        const throttle: Throttle = new Throttle(250, () => {
            starts.push(Date.now());
            throttle.began();
        });
        return { throttle, starts, t0: Date.now() };
    }

    test('the first change after a pause starts at once', () => {
        const { throttle, starts, t0 } = throttled();
        throttle.request();
        expect(starts).toEqual([t0]);
        vi.advanceTimersByTime(1000);
        throttle.request();
        expect(starts).toEqual([t0, t0 + 1000]);
    });

    test('changes that keep coming start it at most once per interval, the last change included', () => {
        const { throttle, starts, t0 } = throttled();
        throttle.request(); // starts at once
        for (let i = 0; i < 10; i++) {
            vi.advanceTimersByTime(40); // a keystroke every 40 ms
            throttle.request();
        }
        // 400 ms of typing: once at 0, once at 250; the changes after 250 wait for 500.
        expect(starts).toEqual([t0, t0 + 250]);
        vi.advanceTimersByTime(1000);
        expect(starts).toEqual([t0, t0 + 250, t0 + 500]);
    });

    test('a start by other means (began) restarts the interval and drops the start scheduled', () => {
        const { throttle, starts, t0 } = throttled();
        throttle.request();
        vi.advanceTimersByTime(100);
        throttle.request(); // scheduled for 250
        vi.advanceTimersByTime(50);
        throttle.began(); // e.g. an explicit refresh at 150
        vi.advanceTimersByTime(200);
        expect(starts).toEqual([t0]);
        throttle.request(); // 350: within 250 ms of 150, so at 400
        expect(starts).toEqual([t0]);
        vi.advanceTimersByTime(50);
        expect(starts).toEqual([t0, t0 + 400]);
    });

    test('the interval counts from the end of a task as well as from its beginning', () => {
        const { throttle, starts, t0 } = throttled();
        throttle.request(); // 0: starts at once
        vi.advanceTimersByTime(400);
        throttle.ended(); // 400: a slow task (a large plan) is done
        vi.advanceTimersByTime(100);
        throttle.request(); // 500: within 250 ms of the end, so at 650
        vi.advanceTimersByTime(149);
        expect(starts).toEqual([t0]);
        vi.advanceTimersByTime(1);
        expect(starts).toEqual([t0, t0 + 650]);
    });

    test('cancel drops the start scheduled', () => {
        const { throttle, starts, t0 } = throttled();
        throttle.request();
        vi.advanceTimersByTime(10);
        throttle.request();
        throttle.cancel();
        vi.advanceTimersByTime(1000);
        expect(starts).toEqual([t0]);
    });
});
