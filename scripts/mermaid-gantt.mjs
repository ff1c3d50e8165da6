// The peer of `npm run bench`: Mermaid's gantt parser reading and dating a plan, as a whole process.
//   node scripts/mermaid-gantt.mjs plan.mmd      parses the gantt and computes every task's dates (exit 0)
// It loads only Mermaid's gantt diagram (its jison parser and its db, which resolves `after` and durations into
// dates) and no DOM: the lightest way to run Mermaid's own code on a gantt, so the comparison is the strictest one.
// `toMermaidGantt` turns a plan of packages/cli/scripts/generate-plan.mjs into the same plan in Mermaid's syntax.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DAYS = { d: 1, w: 7, m: 30 };

/**
 * The generated plan as a Mermaid gantt: one section per phase, one task per activity with its duration and its
 * `after` dependencies (Mermaid has no lags: a lag is dropped, which only makes Mermaid's work lighter).
 * Recurring activities become one task of their period, from the programme's start.
 */
export function toMermaidGantt(planText) {
    const lines = ['gantt', '    dateFormat YYYY-MM-DD'];
    let start = '2027-01-04';
    for (const line of planText.split('\n')) {
        let match;
        if ((match = /^\s*start (\S+)/.exec(line))) start = match[1];
        else if ((match = /^\s*phase \S+ "([^"]*)"/.exec(line))) lines.push(`    section ${match[1]}`);
        else if ((match = /^\s*(?:activity|milestone|transformation-plan) (\S+) "([^"]*)" \{(.*)\}/.exec(line))) {
            const [, id, label, body] = match;
            const length = /\b(?:duration|every) (\d+)([dwm])\b/.exec(body);
            const days = length ? Number(length[1]) * DAYS[length[2]] : 1;
            const after = /\bafter (.*?)(?= provides | requires | description |\s*$)/.exec(body);
            const targets = after ? after[1].split(',').map(dependency => `t_${dependency.trim().split(/\s/)[0]}`) : [];
            lines.push(`    ${label} :t_${id}, ${targets.length ? `after ${targets.join(' ')}` : start}, ${days}d`);
        }
    }
    return `${lines.join('\n')}\n`;
}

/** Mermaid's gantt diagram module (its chunk's file name carries a content hash). */
export async function loadGantt() {
    const require = createRequire(import.meta.url);
    const dir = path.join(path.dirname(require.resolve('mermaid/package.json')), 'dist/chunks/mermaid.core');
    const chunk = readdirSync(dir).find(name => /^ganttDiagram-[\w-]+\.mjs$/.test(name));
    if (!chunk) throw new Error(`no ganttDiagram chunk in ${dir}`);
    return (await import(pathToFileURL(path.join(dir, chunk)).href)).diagram;
}

/** Parses the gantt and dates every task, as Mermaid does before it draws; returns the tasks. */
export function parseAndDate(gantt, text) {
    gantt.db.clear();
    gantt.parser.parser.yy = gantt.db;
    gantt.parser.parse(text);
    return gantt.db.getTasks();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const gantt = await loadGantt();
    const tasks = parseAndDate(gantt, readFileSync(process.argv[2], 'utf8'));
    if (tasks.length === 0 || !tasks.every(task => task.endTime instanceof Date && !Number.isNaN(task.endTime.getTime()))) {
        console.error('mermaid-gantt: Mermaid dated no tasks');
        process.exit(1);
    }
}
