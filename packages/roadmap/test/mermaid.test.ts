// Mermaid's own parser reads our gantt: the chart must parse and carry the scheduler's dates, not Mermaid's guesses.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/markdown.js';
import { renderMermaid } from '../src/mermaid.js';
import type { RoadmapModel } from '../src/model.js';
import { noordstadModel } from './fixtures/noordstad.js';
import { trackedModel } from './fixtures/tracked.js';

interface GanttTask { id: string; task: string; section: string; startTime: Date; endTime: Date; crit?: boolean; done?: boolean; active?: boolean; milestone?: boolean }
interface MermaidApi {
    parse(text: string): Promise<{ diagramType: string }>;
    mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: { getTasks(): GanttTask[] } }> };
}

let mermaid: MermaidApi;

beforeAll(async () => {
    // Mermaid sanitises titles with DOMPurify, which needs a window: give it jsdom's before Mermaid loads.
    const { JSDOM } = await import('jsdom');
    const dom = new JSDOM('<!DOCTYPE html><body></body>');
    Object.assign(globalThis, { window: dom.window, document: dom.window.document });
    mermaid = (await import('mermaid')).default as unknown as MermaidApi;
});

async function tasksOf(chart: string): Promise<GanttTask[]> {
    expect((await mermaid.parse(chart)).diagramType).toBe('gantt');
    return (await mermaid.mermaidAPI.getDiagramFromText(chart)).db.getTasks();
}

/** Mermaid (dayjs) parses YYYY-MM-DD at local midnight: read the date back the same way. */
const day = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

describe('renderMermaid', () => {
    const model = noordstadModel();

    it('is a gantt Mermaid parses, with every activity at its scheduled dates', async () => {
        const tasks = await tasksOf(renderMermaid(model));
        expect(tasks).toHaveLength(model.activities.length);
        const byId = new Map(tasks.map(t => [t.id, t]));
        for (const a of model.activities) {
            const task = byId.get(`t_${a.id}`)!;
            expect(task, a.id).toBeDefined();
            expect(day(task.startTime), a.id).toBe(a.start);
            if (a.end) expect(day(task.endTime), a.id).toBe(a.end);
            expect(!!task.crit, a.id).toBe(a.critical);
            expect(!!task.milestone, a.id).toBe(a.kind === 'milestone');
            expect(!!task.done, a.id).toBe(a.status === 'done');
            expect(!!task.active, a.id).toBe(a.status === 'active');
            expect(task.section).toBe(model.phases.find(p => p.kind === a.phase)!.label);
        }
        // a recurring activity shows its first cycle
        expect(day(byId.get('t_review')!.endTime)).toBe('2028-08-15');
        expect(byId.get('t_review')!.task).toContain('every 3m');
    });

    it('sanitises names so no user text breaks the syntax', async () => {
        const hostile: RoadmapModel = noordstadModel();
        const names = ['Plan: phase 1 # draft; v2', 'title of the thing', 'section break', 'two\nlines', 'ids: done, crit', '%% not a comment', ''];
        names.forEach((name, i) => { hostile.activities[i + 4].label = name; });
        hostile.programme.title = 'Programme: #1; "quoted"';
        hostile.phases[1].label = 'Foundation: part #2';
        const tasks = await tasksOf(renderMermaid(hostile));
        expect(tasks).toHaveLength(hostile.activities.length);
        for (const [i] of names.entries()) {
            const a = hostile.activities[i + 4];
            const task = tasks.find(t => t.id === `t_${a.id}`)!;
            expect(task, a.id).toBeDefined();
            expect(day(task.startTime)).toBe(a.start);
            expect(day(task.endTime)).toBe(a.end);
            expect(task.crit ?? false).toBe(a.critical);
        }
    });

    it('leaves unscheduled activities out of the chart, with a comment', async () => {
        const m = noordstadModel();
        Object.assign(m.activities[5], { scheduled: false, start: null, end: null, slack: null });
        const chart = renderMermaid(m);
        expect(chart).toContain('%% gateway is not scheduled');
        expect(await tasksOf(chart)).toHaveLength(m.activities.length - 1);
    });
});

describe('renderMarkdown', () => {
    const model = noordstadModel();
    const md = renderMarkdown(model);

    it('embeds the same gantt in a mermaid block', async () => {
        const block = /```mermaid\n([\s\S]*?)```/.exec(md)![1];
        expect(block).toBe(renderMermaid(model));
        expect(await tasksOf(block)).toHaveLength(model.activities.length);
    });

    it('tabulates phases, activities (start, last day, slack, critical) and capabilities', () => {
        const rows = (heading: string) => {
            const section = md.slice(md.indexOf(`## ${heading}`)).split('\n## ')[0];
            return section.split('\n').filter(line => line.startsWith('| ') && !line.startsWith('| ---')).slice(1);
        };
        expect(rows('Phases')).toHaveLength(model.phases.length);
        expect(rows('Activities')).toHaveLength(model.activities.length);
        expect(rows('Capabilities')).toHaveLength(model.capabilities.length);
        const data = rows('Activities').find(line => line.startsWith('| `data`'))!.split('|').map(cell => cell.trim());
        expect(data.slice(4, 9)).toEqual(['2027-06-15', '2027-10-14', '122', '31', '']);
        const portal = rows('Activities').find(line => line.startsWith('| `portal`'))!.split('|').map(cell => cell.trim());
        expect(portal[8]).toBe('yes');
        expect(md).toContain('Critical path: `dtp` → `kaders` → `go`');
        expect(rows('Problems')[0]).toContain('unfounded-improvement');
    });
});

describe('a tracked plan (status date) in Mermaid and Markdown', () => {
    const model = trackedModel();

    it('draws the forecast dates and marks done, active and critical tasks as Mermaid knows them', async () => {
        const tasks = await tasksOf(renderMermaid(model));
        expect(tasks).toHaveLength(model.activities.length);
        const byId = new Map(tasks.map(t => [t.id, t]));
        for (const a of model.activities) {
            const task = byId.get(`t_${a.id}`)!;
            expect(day(task.startTime), a.id).toBe(a.start);
            if (a.end) expect(day(task.endTime), a.id).toBe(a.end);
            expect(!!task.done, a.id).toBe(a.state === 'done');
            expect(!!task.active, a.id).toBe(a.state === 'active');
            expect(!!task.crit, a.id).toBe(a.critical);
        }
        // the forecast, not the plan: the gateway runs six weeks late
        expect(day(byId.get('t_gateway')!.endTime)).toBe('2027-09-26');
        expect(byId.get('t_gateway')!.active).toBe(true);
        expect(byId.get('t_landing')!.done).toBe(true);
        expect(byId.get('t_portal')!.done ?? false).toBe(false);
    });

    it('tabulates planned beside forecast with variance, state, progress and health', () => {
        const md = renderMarkdown(model);
        expect(md).toContain('Status date **2027-09-01** · forecast end 2028-06-25 (planned 2028-05-14, +42 days)');
        const section = md.slice(md.indexOf('## Activities')).split('\n## ')[0];
        const header = section.split('\n').find(line => line.startsWith('| Id'))!;
        expect(header).toBe('| Id | Activity | Phase | Planned | Forecast | Variance | State | Progress | Health | Slack | Critical | Owner |');
        const row = (id: string) => section.split('\n').find(line => line.startsWith(`| \`${id}\``))!.split('|').map(cell => cell.trim());
        expect(row('gateway').slice(4, 10)).toEqual(['2027-06-15 → 2027-08-14', '2027-06-28 → 2027-09-25', '+42 days', 'active', '60%', '✖ late']);
        expect(row('data').slice(6, 10)).toEqual(['+20 days', 'active', '45%', '▲ at risk']);
        expect(row('landing').slice(7, 10)).toEqual(['done', '100%', '✓ done']);
        expect(row('programme-done').slice(4, 7)).toEqual(['2028-05-15', '2028-06-26', '+42 days']);
        expect(row('review')[6]).toBe('—');
        const phases = md.slice(md.indexOf('## Phases')).split('\n## ')[0];
        expect(phases).toContain('| Improvement | improvement | 2027-08-15 → 2028-05-14 | 2027-08-15 → 2028-06-25 |');
        // without a status date the tables keep their columns
        expect(renderMarkdown(noordstadModel())).toContain('| Id | Activity | Phase | Start | Last day | Days | Slack | Critical | Status | Owner |');
        expect(renderMarkdown(noordstadModel())).not.toContain('Status date');
    });
});

describe('a given today in Markdown and Mermaid', () => {
    const model = noordstadModel();

    it('Mermaid: its own clock marker off, the given day as a marker Mermaid parses; without one, nothing added', async () => {
        const chart = renderMermaid(model, { today: '2027-06-01' });
        expect(chart).toContain('todayMarker off');
        const tasks = await tasksOf(chart);
        const today = tasks.find(t => t.id === 't__today')!;
        expect(today.milestone).toBe(true);
        expect(today.task.trim()).toBe('Today 2027-06-01');
        expect(day(today.startTime)).toBe('2027-06-01');
        const plain = renderMermaid(model);
        expect(plain).not.toContain('todayMarker');
        expect(plain).not.toContain('t__today');
    });

    it('Markdown: says what is in progress by the schedule on that day, and only when a day is given', () => {
        const running = model.activities.filter(a => a.start !== null && a.start <= '2027-06-01' && (a.end === null ? a.every !== undefined : '2027-06-01' < a.end));
        expect(running.length).toBeGreaterThan(0);
        const text = renderMarkdown(model, { today: '2027-06-01' });
        expect(text).toContain(`Today (2027-06-01): in progress by the schedule: ${running.map(a => `\`${a.id}\``).join(', ')}.`);
        // The day the programme ends: nothing finite is running any more (an exclusive end is not a working day).
        expect(renderMarkdown(model, { today: model.programme.end })).toMatch(/Today \(\d{4}-\d\d-\d\d\): (nothing in progress|in progress by the schedule: `(review|backlog|horizon)`)/);
        expect(renderMarkdown(model)).not.toContain('Today (');
    });
});
