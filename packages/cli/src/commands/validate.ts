// `dtp validate [paths|globs…]`: parse, link, check (and so schedule) plans; report in the chosen format.
import { Command, InvalidArgumentError, Option } from 'commander';
import { summarize, type ValidationReport } from '../diagnostics.js';
import { EXIT_CLEAN, EXIT_PROBLEMS, EXIT_USAGE } from '../errors.js';
import { discoverPlanFiles } from '../files.js';
import { formatGithub } from '../format/github.js';
import { formatJson } from '../format/json.js';
import { formatPretty } from '../format/pretty.js';
import { formatSarif } from '../format/sarif.js';
import { checkedDateOption, STATUS_DATE_DESCRIPTION } from '../options.js';
import { colorsFor, write } from '../terminal.js';
import { dtpVersion } from '../version.js';

export const VALIDATE_FORMATS = ['pretty', 'json', 'sarif', 'github', 'codequality'] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

interface ValidateOptions {
    format: ValidateFormat;
    maxWarnings?: number;
    statusDate?: string;
}

export function validateCommand(): Command {
    return new Command('validate')
        .description('check plans: syntax, names, phases, capabilities, dependencies and the schedule')
        .argument('[paths...]', 'plan files, directories (every .dtp below, node_modules skipped) or globs', [])
        .addOption(new Option('-f, --format <format>', 'output format').choices(VALIDATE_FORMATS).default('pretty'))
        .option('--max-warnings <n>', 'also fail (exit 1) when there are more than n warnings', parseCount)
        .option('--status-date <date>', STATUS_DATE_DESCRIPTION)
        .addHelpText('after', `
Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage or I/O error.
Diagnostics of imported files are reported under their own path. Infos and hints never fail.

Examples:
  dtp validate                         every .dtp below the current directory
  dtp validate plans/noordstad.dtp
  dtp validate 'plans/**/*.dtp' --format sarif > dtp.sarif
  dtp validate --format github         annotations in GitHub Actions
  dtp validate --format codequality > gl-code-quality-report.json   GitLab Code Quality
  dtp validate --status-date 2027-06-01   what is late as of 1 June 2027`)
        .action(async (paths: string[], options: ValidateOptions) => {
            process.exitCode = await runValidate(paths, options);
        });
}

function parseCount(value: string): number {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError('Give a whole number of warnings, 0 or more (e.g. --max-warnings 0).');
    return Number(value);
}

async function runValidate(paths: string[], options: ValidateOptions): Promise<number> {
    const statusDate = await checkedDateOption('--status-date', options.statusDate);
    const files = await discoverPlanFiles(paths);
    const { checkPlanFiles, loadPlanFiles } = await import('../plans.js');
    const problems = await checkPlanFiles(files);
    const readable = files.filter((_, i) => problems[i] === undefined);
    for (const problem of problems) if (problem) await write(process.stderr, `dtp: ${problem}\n`);
    if (readable.length === 0) return EXIT_USAGE; // each file's problem is said above
    const { reports } = await loadPlanFiles(readable, { statusDate });
    const report: ValidationReport = { files: reports, summary: summarize(reports) };
    await write(process.stdout, await render(report, options.format));
    if (problems.some(problem => problem !== undefined)) return EXIT_USAGE;
    const tooManyWarnings = options.maxWarnings !== undefined && report.summary.warnings > options.maxWarnings;
    if (tooManyWarnings) {
        await write(process.stderr, `dtp: ${report.summary.warnings} warnings, more than --max-warnings ${options.maxWarnings} allows\n`);
    }
    return report.summary.errors > 0 || tooManyWarnings ? EXIT_PROBLEMS : EXIT_CLEAN;
}

async function render(report: ValidationReport, format: ValidateFormat): Promise<string> {
    switch (format) {
        case 'pretty': return formatPretty(report, colorsFor(process.stdout));
        case 'json': return formatJson(report);
        case 'github': return formatGithub(report);
        case 'codequality': return (await import('../format/codequality.js')).formatCodeQuality(report); // node:crypto: only here
        case 'sarif': {
            // Langium is already loaded by now; importing lazily keeps it out of `--help`.
            const { DIAGNOSTIC_RULES, docsUrl } = await import('@dtp/language/core');
            const rules = DIAGNOSTIC_RULES.map(rule => ({ ...rule, helpUri: docsUrl(rule.code) }));
            return formatSarif(report, rules, dtpVersion());
        }
    }
}
