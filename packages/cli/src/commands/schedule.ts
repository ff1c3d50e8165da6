// `dtp schedule FILE`: the computed schedule as a table (or, with --json, the roadmap model itself).
import { Command } from 'commander';
import { EXIT_CLEAN, EXIT_PROBLEMS, UsageError } from '../errors.js';
import { displayPath } from '../files.js';
import { prettyJsonChunks, writeChunks } from '../format/json-stream.js';
import { formatScheduleTable } from '../format/schedule-table.js';
import { checkedDateOption, STATUS_DATE_DESCRIPTION } from '../options.js';
import { colorsFor, write } from '../terminal.js';
import { say } from '../locale.js';

interface ScheduleOptions {
    json?: boolean;
    today?: string;
    statusDate?: string;
}

export function scheduleCommand(): Command {
    return new Command('schedule')
        .description('compute the schedule of a plan: dates, slack and the critical path')
        .argument('<file>', 'the plan (.dtp file with a programme)')
        .option('--json', 'print the roadmap model (JSON, see @dtp/roadmap schema) instead of the table')
        .option('--today <date>', 'the date taken as today (YYYY-MM-DD); default: the system date')
        .option('--status-date <date>', STATUS_DATE_DESCRIPTION)
        .addHelpText('after', `
Ends are shown as the last day of work. Slack is in calendar days; ★ marks the critical path.
With a status date (the plan's status-date or --status-date) the table shows the plan beside the forecast,
the variance in days, each activity's state and health, and what needs attention.
Exit codes: 0 scheduled, 1 the plan has errors (what could be scheduled is still shown), 2 usage or I/O error.

Examples:
  dtp schedule plans/noordstad.dtp
  dtp schedule plans/noordstad.dtp --json > roadmap.json
  dtp schedule plans/noordstad.dtp --status-date 2027-09-01`)
        .action(async (file: string, options: ScheduleOptions) => {
            process.exitCode = await runSchedule(file, options);
        });
}

async function runSchedule(operand: string, options: ScheduleOptions): Promise<number> {
    const language = await import('@dtp/language/core');
    const today = options.today === undefined ? undefined : checkedDate(options.today, language.parseDate);
    const statusDate = await checkedDateOption('--status-date', options.statusDate);
    const { scheduleOnePlan } = await import('../schedule-source.js');
    const { file, model, reports } = await scheduleOnePlan(operand, 'schedule', today, statusDate);
    const errors = reports.reduce((count, report) => count + report.diagnostics.filter(d => d.severity === 'error').length, 0);
    if (options.json) {
        await writeChunks(process.stdout, prettyJsonChunks(model));
        await write(process.stdout, '\n');
    } else {
        // The same placement of diagnostics on activities as the pictures: "Needs attention" lists what validate reports.
        const [{ ModelLocator }, { roadmapDiagnostics }] = await Promise.all([import('@dtp/roadmap'), import('./render.js')]);
        await write(process.stdout, formatScheduleTable(model, {
            today,
            diagnostics: roadmapDiagnostics(new ModelLocator(model), reports, file),
            colors: colorsFor(process.stdout),
            addDays: language.addCalendarDays,
            daysBetween: language.daysBetween
        }));
    }
    if (errors > 0) {
        await write(process.stderr, `${say('cli.note.schedule-errors', { file: displayPath(file), errors, operand })}\n`);
        return EXIT_PROBLEMS;
    }
    return EXIT_CLEAN;
}

function checkedDate(text: string, parseDate: (text: string) => { ok: true; value: string } | { ok: false; problem: string }): string {
    const parsed = parseDate(text);
    if (!parsed.ok) throw new UsageError(`--today: ${parsed.problem}`);
    return parsed.value;
}
