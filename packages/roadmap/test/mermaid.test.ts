// Mermaid's own parser reads our gantt: the chart must parse and carry the scheduler's dates, not Mermaid's guesses.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/markdown.js';
import { renderMermaid } from '../src/mermaid.js';
import type { RoadmapModel } from '../src/model.js';
import { noordstadModel } from './fixtures/noordstad.js';

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
