// `dtp diff` for people: `pretty` for a terminal, `md` for a pull-request or merge-request comment. Both show
// last days where a date is an end (the model's ends are exclusive) and read the one diff of @dtp/roadmap.
import type { ActivityChange, CapabilityChange, DateChange, RoadmapDiff } from '@dtp/roadmap';
import type { Colors } from '../terminal.js';
import { say } from '../locale.js';

export interface DiffTextOptions {
    /** What the base is: `main (1a2b3c4)`, `plans/old.dtp`, `baseline.json`. */
    baseLabel: string;
    headLabel: string;
    /** The day before an ISO date (the calendar's). */
    addDays: (date: string, days: number) => string;
    /** Escapes table cell text (pipes, line breaks, markup): @dtp/roadmap's markdownCell. */
    markdownCell: (text: string) => string;
    colors?: Colors;
    /** Rows per table in `md` before "and N more"; comments have a size limit. */
    maxRows?: number;
}

const DEFAULT_MAX_ROWS = 50;

/** The last day of an exclusive end; a milestone's (zero-length) end is its date. */
function lastDayOf(start: string | null, end: string | null, addDays: DiffTextOptions['addDays']): string | null {
    if (end === null) return null;
    return start !== null && end <= start ? start : addDays(end, -1);
}

/** The `end` change as people read it: last days on both sides (the day count is the same). */
export function lastDays(change: { start: DateChange; end: DateChange }, addDays: DiffTextOptions['addDays']): DateChange {
    return {
        base: lastDayOf(change.start.base, change.end.base, addDays),
        head: lastDayOf(change.start.head, change.end.head, addDays),
        days: change.end.days
    };
}

function signed(days: number): string {
    return `${days > 0 ? '+' : ''}${days}d`;
}

function inWords(days: number): string {
    return days === 0 ? say('diff.did-not-move') : say('diff.moved', { days });
}

function arrow(change: { base: string | null; head: string | null }): string {
    if (change.base === change.head) return change.head ?? '—';
    return `${change.base ?? '—'} → ${change.head ?? '—'}`;
}

/** The days an activity or milestone moved: its end (or date), else its start. */
export function movedDays(change: ActivityChange): number | null {
    return change.end.days ?? change.start.days;
}

function milestoneDate(change: ActivityChange): DateChange {
    return change.start;
}

function capabilityWords(change: CapabilityChange): string {
    switch (change.change) {
        case 'earlier':
        case 'later': return say('diff.cap.shift', { days: Math.abs(change.availableFrom.days!), later: change.change === 'later' });
        case 'ready': return say('diff.cap.ready');
        case 'unready': return say('diff.cap.unready');
        case 'added': return say('diff.cap.added');
        case 'removed': return say('diff.cap.removed');
    }
}

function programmeSummary(diff: RoadmapDiff, options: DiffTextOptions): { words: string; end: DateChange } {
    const end = lastDays({ start: diff.programme.start, end: diff.programme.end }, options.addDays);
    const days = diff.programme.end.days ?? 0;
    return { words: inWords(days), end };
}

// ---------------------------------------------------------------------------------------------------------- pretty

export function formatDiffPretty(diff: RoadmapDiff, options: DiffTextOptions): string {
    const c = options.colors;
    const paint = (days: number | null, text: string) => (!c || days === null || days === 0 ? text : days > 0 ? c.red(text) : c.green(text));
    const bold = (text: string) => (c ? c.bold(text) : text);
    const out: string[] = [];
    const { words, end } = programmeSummary(diff, options);
    out.push(`${bold(say('diff.programme', { id: diff.programme.id }))}: ${options.baseLabel} → ${options.headLabel}`);
    out.push(`  ${say('diff.end')} ${paint(diff.programme.end.days, words)}: ${arrow(end)}${diff.programme.end.days ? ` (${signed(diff.programme.end.days)})` : ''}`);
    const statusDate = diff.programme.statusDate;
    if (statusDate.base !== statusDate.head) out.push(`  ${say('diff.status-date')} ${arrow(statusDate)}`);

    const idWidth = Math.max(0, ...[...diff.milestones, ...diff.activities, ...diff.capabilities].map(item => item.id.length));
    out.push('', bold(say('diff.milestones', { count: diff.milestones.length })));
    if (diff.milestones.length === 0) out.push(say('diff.milestones-none'));
    for (const m of diff.milestones) {
        const days = movedDays(m);
        const what = m.change === 'moved' ? `${arrow(milestoneDate(m))}  ${paint(days, days === null ? '' : signed(days))}` : `${say(`diff.change.${m.change}`)}: ${m.change === 'removed' ? milestoneDate(m).base : milestoneDate(m).head}`;
        out.push(`  ${m.id.padEnd(idWidth)}  ${what}`);
    }
    out.push('', bold(say('diff.activities', counts(diff.activities))));
    if (diff.activities.length === 0) out.push(say('diff.activities-none'));
    for (const a of diff.activities) {
        const last = lastDays(a, options.addDays);
        if (a.change === 'moved') {
            const parts = [];
            if (a.start.base !== a.start.head) parts.push(`${say('diff.start')} ${arrow(a.start)}${a.start.days !== null ? ` (${paint(a.start.days, signed(a.start.days))})` : ''}`);
            if (a.end.base !== a.end.head) parts.push(`${say('diff.last-day')} ${arrow(last)}${last.days !== null ? ` (${paint(last.days, signed(last.days))})` : ''}`);
            out.push(`  ${a.id.padEnd(idWidth)}  ${say('diff.change.moved').padEnd(7)}  ${parts.join(', ')}`);
        } else {
            const side = a.change === 'added' ? 'head' : 'base';
            const span = `${a.start[side] ?? say('diff.not-scheduled')}${last[side] ? say('diff.to', { date: last[side]! }) : ''}`;
            out.push(`  ${a.id.padEnd(idWidth)}  ${say(`diff.change.${a.change}`).padEnd(7)}  ${span}`);
        }
    }
    if (diff.capabilities.length > 0) {
        out.push('', bold(say('diff.capabilities', { count: diff.capabilities.length })));
        for (const cap of diff.capabilities) {
            out.push(`  ${cap.id.padEnd(idWidth)}  ${paint(cap.availableFrom.days, capabilityWords(cap))}: ${arrow(cap.availableFrom)}`);
        }
    }
    out.push('', bold(say('diff.critical-path')));
    if (!diff.criticalPath.changed) out.push(say('diff.unchanged', { path: path(diff.criticalPath.head) }));
    else out.push(say('diff.before', { path: path(diff.criticalPath.base) }), say('diff.after', { path: path(diff.criticalPath.head) }));
    return out.join('\n') + '\n';
}

function counts(changes: readonly ActivityChange[]): { moved: number; added: number; removed: number } {
    const n = (kind: ActivityChange['change']) => changes.filter(change => change.change === kind).length;
    return { moved: n('moved'), added: n('added'), removed: n('removed') };
}

function path(ids: readonly string[]): string {
    return ids.length === 0 ? say('diff.none') : ids.join(' → ');
}

// ---------------------------------------------------------------------------------------------------------- md

export function formatDiffMarkdown(diff: RoadmapDiff, options: DiffTextOptions): string {
    const cell = options.markdownCell;
    const code = (id: string) => `\`${id.replace(/`/g, '')}\``;
    const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
    const name = diff.programme.title ? `${cell(diff.programme.title)} (${code(diff.programme.id)})` : code(diff.programme.id);
    const { end } = programmeSummary(diff, options);
    const out: string[] = [say('diff.md.title', { name }), ''];
    const days = diff.programme.end.days;
    const summary = days === null || days === 0
        ? say('diff.md.end-still', { date: end.head ?? '—' })
        : say('diff.md.end-moved', { days, base: end.base ?? '—', head: end.head ?? '—' });
    out.push(say('diff.md.compared', { summary, base: cell(options.baseLabel) }), '');
    if (diff.programme.statusDate.base !== diff.programme.statusDate.head) {
        out.push(say('diff.md.status-date', { change: arrow(diff.programme.statusDate) }), '');
    }

    const moved = diff.milestones;
    out.push(say('diff.md.milestones', { count: moved.length }), '');
    if (moved.length === 0) out.push(say('diff.md.milestones-none'), '');
    else {
        out.push(say('diff.md.milestones.columns'), '| --- | --- | --- | --- | ---: |');
        for (const m of moved.slice(0, maxRows)) {
            const date = milestoneDate(m);
            const d = movedDays(m);
            out.push(`| ${code(m.id)} | ${cell(m.label)} | ${m.change === 'added' ? say('diff.md.new') : date.base ?? '—'} | ${m.change === 'removed' ? say('diff.md.removed') : date.head ?? '—'} | ${d === null ? '' : signed(d)} |`);
        }
        out.push(...more(moved.length, maxRows), '');
    }

    out.push(say('diff.md.activities', counts(diff.activities)), '');
    if (diff.activities.length === 0) out.push(say('diff.md.activities-none'), '');
    else {
        out.push(say('diff.md.activities.columns'), '| --- | --- | --- | --- | --- | ---: |');
        for (const a of diff.activities.slice(0, maxRows)) {
            const last = lastDays(a, options.addDays);
            const d = movedDays(a);
            const startCell = a.change === 'moved' ? arrow(a.start) : (a.change === 'added' ? a.start.head : a.start.base) ?? '—';
            const lastCell = a.change === 'moved' ? arrow(last) : (a.change === 'added' ? last.head : last.base) ?? '—';
            out.push(`| ${code(a.id)} | ${cell(a.label)} | ${say(`diff.change.${a.change}`)} | ${startCell} | ${lastCell} | ${a.change === 'moved' && d !== null ? signed(d) : ''} |`);
        }
        out.push(...more(diff.activities.length, maxRows), '');
    }

    if (diff.capabilities.length > 0) {
        out.push(say('diff.md.capabilities', { count: diff.capabilities.length }), '', say('diff.md.capabilities.columns'), '| --- | --- | --- | --- |');
        for (const cap of diff.capabilities.slice(0, maxRows)) {
            out.push(`| ${code(cap.id)} | ${cell(cap.label)} | ${arrow(cap.availableFrom)} | ${capabilityWords(cap)} |`);
        }
        out.push(...more(diff.capabilities.length, maxRows), '');
    }

    out.push(say('diff.md.critical-path'), '');
    const mdPath = (ids: readonly string[]) => (ids.length === 0 ? say('diff.md.none')
        : ids.slice(0, maxRows).map(code).join(' → ') + (ids.length > maxRows ? say('diff.md.path-more', { count: ids.length - maxRows }) : ''));
    if (!diff.criticalPath.changed) out.push(say('diff.md.unchanged', { path: mdPath(diff.criticalPath.head) }));
    else out.push(say('diff.md.before', { path: mdPath(diff.criticalPath.base) }), say('diff.md.after', { path: mdPath(diff.criticalPath.head) }));
    return out.join('\n') + '\n';
}

function more(total: number, shown: number): string[] {
    return total > shown ? ['', say('diff.md.more', { count: total - shown })] : [];
}
