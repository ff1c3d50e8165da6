// `dtp diff BASE FILE`: what moved between two versions of a plan — the programme end, milestones, activities,
// capabilities and the critical path — for a terminal, a pull-request comment (md) or tools (json).
import { Command, InvalidArgumentError, Option } from 'commander';
import { plural } from '../diagnostics.js';
import { EXIT_CLEAN, EXIT_PROBLEMS, UsageError } from '../errors.js';
import { checkedDateOption, STATUS_DATE_DESCRIPTION } from '../options.js';
import { colorsFor, write } from '../terminal.js';
import { say } from '../locale.js';

const FORMATS = ['pretty', 'md', 'json'] as const;
type DiffFormat = (typeof FORMATS)[number];

interface DiffOptions {
    format: DiffFormat;
    statusDate?: string;
    failOnSlip?: number;
}

export function diffCommand(): Command {
    return new Command('diff')
        .description('show what moved between two versions of a plan: programme end, milestones, activities, capabilities, critical path')
        .argument('<base>', 'the earlier version: a git revision (the same FILE and its imports at that revision), a .dtp file, or a model saved with `dtp schedule --json`')
        .argument('[file]', 'the current plan (.dtp; a saved model also works when BASE is a file); required when BASE is a git revision')
        .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('pretty'))
        .option('--status-date <date>', `${STATUS_DATE_DESCRIPTION}; applies to both sides`)
        .option('--fail-on-slip <days>', 'exit 1 when the programme end or a milestone moved later by more than this many days', parseDays)
        .addHelpText('after', `
Dates are the forecast where a side has a status date. Ends are shown as last days (json keeps the model's exclusive ends).
Exit codes: 0 compared, 1 a slip beyond --fail-on-slip or errors in FILE, 2 usage or I/O error (unknown revision,
FILE missing at that revision, not a plan or model).

Examples:
  dtp diff HEAD~1 plans/noordstad.dtp
  dtp diff main plans/noordstad.dtp --format md > comment.md
  dtp diff baseline.json plans/noordstad.dtp --fail-on-slip 14
  dtp diff plans/noordstad.dtp plans/noordstad-tracked.dtp`)
        .action(async (base: string, file: string | undefined, options: DiffOptions) => {
            process.exitCode = await runDiff(base, file, options);
        });
}

function parseDays(value: string): number {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError('Give a whole number of days, 0 or more (e.g. --fail-on-slip 14).');
    return Number(value);
}

async function runDiff(base: string, file: string | undefined, options: DiffOptions): Promise<number> {
    const statusDate = await checkedDateOption('--status-date', options.statusDate);
    const { loadBaseModel, loadModelFile } = await import('../base-model.js');
    const source = { statusDate, command: 'diff' };
    if (file === undefined) {
        throw new UsageError(`say which plan to compare with ${base}: dtp diff ${base} FILE (with a git revision, FILE is the plan whose earlier version it names)`);
    }
    const head = await loadModelFile(file, source);
    if (!head) throw new UsageError(`${file}: no such file; give the current plan (.dtp)`);
    const baseSide = head.kind === 'plan' ? await loadBaseModel(base, file, source) : await loadModelFile(base, source);
    if (!baseSide) throw new UsageError(`${base}: no such file; with a saved model as FILE, BASE must be a file too (a git revision needs FILE to be the .dtp plan)`);
    const [roadmap, language] = await Promise.all([import('@dtp/roadmap'), import('@dtp/language/core')]);
    const diff = roadmap.diffRoadmaps(baseSide.model, head.model);
    const text = { baseLabel: baseSide.label, headLabel: head.label, addDays: language.addCalendarDays, markdownCell: roadmap.markdownCell };
    switch (options.format) {
        case 'json': await write(process.stdout, JSON.stringify(diff, null, 2) + '\n'); break;
        case 'md': {
            const { formatDiffMarkdown } = await import('../format/diff.js');
            await write(process.stdout, formatDiffMarkdown(diff, text));
            break;
        }
        case 'pretty': {
            const { formatDiffPretty } = await import('../format/diff.js');
            await write(process.stdout, formatDiffPretty(diff, { ...text, colors: colorsFor(process.stdout) }));
            break;
        }
    }
    let exit = EXIT_CLEAN;
    const errors = (head.reports ?? []).reduce((count, report) => count + report.diagnostics.filter(d => d.severity === 'error').length, 0);
    if (errors > 0) {
        await write(process.stderr, `${say('cli.note.diff-errors', { file: head.label, errors, operand: file })}\n`);
        exit = EXIT_PROBLEMS;
    }
    if (options.failOnSlip !== undefined) {
        const slips = roadmap.slipsBeyond(diff, options.failOnSlip);
        if (slips.length > 0) {
            const listed = slips.map(slip => `${slip.what === 'programme' ? 'the programme end' : `milestone ${slip.id}`} ${plural(slip.days, 'day')} later`).join(', ');
            await write(process.stderr, `dtp: slipped more than --fail-on-slip ${options.failOnSlip} allows: ${listed}\n`);
            exit = EXIT_PROBLEMS;
        }
    }
    return exit;
}
