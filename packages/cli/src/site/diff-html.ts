// "What moved since BASE" on a plan's page: the one diff of @dtp/roadmap (what `dtp diff` prints), as HTML tables.
// Ends are shown as last days, like the pretty and Markdown outputs of `dtp diff` (format/diff.ts).
import type { ActivityChange, DateChange, RoadmapDiff } from '@dtp/roadmap';
import { lastDays, movedDays } from '../format/diff.js';
import type { SiteBase } from './collect.js';
import { esc } from './html.js';
import type { SiteWords } from './words.js';

/** Rows per table: a plan rewritten since the base should not make a page of thousands of rows. */
const MAX_ROWS = 200;

const addDays = (date: string, days: number) => {
    const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
    return new Date(t).toISOString().slice(0, 10);
};

export function diffSection(base: SiteBase, words: SiteWords): string {
    if (base.problem) return `<p class="unreadable">${esc(words.baseProblem)}: ${esc(base.problem)}</p>`;
    if (base.missing || !base.diff) return `<p class="note">${esc(words.noBase(base.label))}</p>`;
    return diffHtml(base.diff, base.label, words);
}

function arrow(change: { base: string | null; head: string | null }): string {
    if (change.base === change.head) return esc(change.head ?? '—');
    return `${esc(change.base ?? '—')} → <b>${esc(change.head ?? '—')}</b>`;
}

function daysCell(days: number | null, words: SiteWords): string {
    if (days === null || days === 0) return '';
    return `<span class="variance ${days > 0 ? 'late' : 'early'}">${esc(words.varianceDays(days))}</span>`;
}

function table(head: string[], rows: string[], words: SiteWords): string {
    const shown = rows.slice(0, MAX_ROWS);
    return `<div class="table-wrap"><table class="diff">
<thead><tr>${head.map((h, i) => `<th scope="col"${i === head.length - 1 && h === words.movedBy ? ' class="num"' : ''}>${esc(h)}</th>`).join('')}</tr></thead>
<tbody>
${shown.join('\n')}
</tbody></table></div>${rows.length > MAX_ROWS ? `\n<p class="note">${esc(words.moreRows(rows.length - MAX_ROWS))}</p>` : ''}`;
}

function labelCell(change: { id: string; label: string }): string {
    return `<td class="label-cell">${esc(change.label)}<span class="id mono">${esc(change.id)}</span></td>`;
}

export function diffHtml(diff: RoadmapDiff, baseLabel: string, words: SiteWords): string {
    const out: string[] = [];
    const end: DateChange = lastDays({ start: diff.programme.start, end: diff.programme.end }, addDays);
    const days = diff.programme.end.days;
    out.push(`<p class="diff-summary">${esc(days === null || days === 0 ? words.endDidNotMove(end.head ?? '—') : words.endMoved(days, end.base ?? '—', end.head ?? '—'))} <span class="muted">${esc(words.changesSince(baseLabel))}</span></p>`);
    const statusDate = diff.programme.statusDate;
    if (statusDate.base !== statusDate.head) out.push(`<p>${esc(words.statusDateMoved(statusDate.base ?? '—', statusDate.head ?? '—'))}</p>`);

    out.push(`<h3>${esc(words.milestones(diff.milestones.length))}</h3>`);
    if (diff.milestones.length === 0) out.push(`<p class="note">${esc(words.milestonesNone)}</p>`);
    else {
        out.push(table([words.milestone, words.was, words.now, words.movedBy], diff.milestones.map(m => {
            const date = m.start;
            return `<tr data-id="${esc(m.id)}" data-change="${m.change}">${labelCell(m)}<td class="date">${m.change === 'added' ? esc(words.changeName.added) : esc(date.base ?? '—')}</td><td class="date">${m.change === 'removed' ? esc(words.changeName.removed) : esc(date.head ?? '—')}</td><td class="num">${daysCell(movedDays(m), words)}</td></tr>`;
        }), words));
    }

    const count = (kind: ActivityChange['change']) => diff.activities.filter(a => a.change === kind).length;
    out.push(`<h3>${esc(words.activities(count('moved'), count('added'), count('removed')))}</h3>`);
    if (diff.activities.length === 0) out.push(`<p class="note">${esc(words.activitiesNone)}</p>`);
    else {
        out.push(table([words.activity, words.change, words.start, words.lastDay, words.movedBy], diff.activities.map(a => {
            const last = lastDays(a, addDays);
            const side = a.change === 'added' ? 'head' : 'base';
            const startCell = a.change === 'moved' ? arrow(a.start) : esc(a.start[side] ?? '—');
            const lastCell = a.change === 'moved' ? arrow(last) : esc(last[side] ?? '—');
            return `<tr data-id="${esc(a.id)}" data-change="${a.change}">${labelCell(a)}<td>${esc(words.changeName[a.change])}</td><td class="date">${startCell}</td><td class="date">${lastCell}</td><td class="num">${a.change === 'moved' ? daysCell(movedDays(a), words) : ''}</td></tr>`;
        }), words));
    }

    if (diff.capabilities.length > 0) {
        out.push(`<h3>${esc(words.capabilities(diff.capabilities.length))}</h3>`);
        out.push(table([words.capability, words.readyFrom, words.change], diff.capabilities.map(c =>
            `<tr data-id="${esc(c.id)}">${labelCell(c)}<td class="date">${arrow(c.availableFrom)}</td><td>${esc(words.capabilityChange(c.change, c.availableFrom.days))}</td></tr>`), words));
    }

    out.push(`<h3>${esc(words.criticalPath)}</h3>`);
    const pathText = (ids: readonly string[]) => (ids.length === 0 ? esc(words.none) : ids.slice(0, MAX_ROWS).map(id => `<code>${esc(id)}</code>`).join(' → '));
    if (!diff.criticalPath.changed) out.push(`<p>${esc(words.criticalPathUnchanged)} ${pathText(diff.criticalPath.head)}</p>`);
    else out.push(`<p>${esc(words.criticalPathBefore)} ${pathText(diff.criticalPath.base)}</p><p>${esc(words.criticalPathAfter)} ${pathText(diff.criticalPath.head)}</p>`);
    return out.join('\n');
}
