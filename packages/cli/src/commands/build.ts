// `dtp build DIR -o SITE`: a static roadmap site for people who never open an editor — an index of every programme
// under DIR and a page per plan. It works from file:// and any static host; see docs/cli.md#dtp-build.
import { Command } from 'commander';
import { plural } from '../diagnostics.js';
import { EXIT_CLEAN, EXIT_PROBLEMS, EXIT_USAGE, UsageError } from '../errors.js';
import { displayPath } from '../files.js';
import { checkedDateOption, STATUS_DATE_DESCRIPTION } from '../options.js';
import { write } from '../terminal.js';
import { dtpVersion } from '../version.js';
import { cliLocale } from '../locale.js';

interface BuildOptions {
    output?: string;
    statusDate?: string;
    today?: string;
    base?: string;
    force?: boolean;
    failOnError?: boolean;
}

export function buildCommand(): Command {
    return new Command('build')
        .description('write a static roadmap site: an index of every programme under DIR and a page per plan')
        .argument('[dir]', 'the folder with the plans (every .dtp below it; node_modules skipped)', '.')
        .requiredOption('-o, --output <site>', 'the folder to write the site to (created when missing)')
        .option('--status-date <date>', STATUS_DATE_DESCRIPTION)
        .option('--today <date>', 'the date of the today line (YYYY-MM-DD); default: the system date')
        .option('--base <revision>', 'add "what moved" to each plan\'s page: compare with its version at this git revision (e.g. main, HEAD~1, v1.0)')
        .option('--force', 'write into a non-empty folder that dtp build did not create (files of the same names are replaced)')
        .option('--fail-on-error', 'exit 1 when a plan has errors (the site is written all the same)')
        .addHelpText('after', `
The site is plain files with relative links: open SITE/index.html in a browser, or put the folder on any static host.
It loads nothing from the network. Files that hold no programme (capability catalogues) are not pages of their own.
dtp build only writes into a new or empty folder, or one it wrote before (marked by a .dtp-site file); there it
replaces its own pages and removes the pages of plans that are gone, and never touches other files.

Exit codes: 0 site written (also when plans have problems: the pages show them), 1 with --fail-on-error when a plan
has errors, 2 usage or I/O error (no plans, a folder dtp did not write, a file that is not a plan, an unknown revision).

Examples:
  dtp build plans -o site
  dtp build plans -o site --base main            what moved since main, per plan
  dtp build plans -o public --status-date 2027-09-01 --fail-on-error`)
        .action(async (dir: string, options: BuildOptions) => {
            process.exitCode = await runBuild(dir, options);
        });
}

async function runBuild(dir: string, options: BuildOptions): Promise<number> {
    if (!options.output) throw new UsageError('say where to write the site: dtp build DIR -o SITE');
    const statusDate = await checkedDateOption('--status-date', options.statusDate);
    const today = await checkedDateOption('--today', options.today);
    await (await import('../site/write.js')).checkSiteFolder(options.output, options.force === true);
    const { collectSite } = await import('../site/collect.js');
    const data = await collectSite(dir, { statusDate, today, base: options.base });
    for (const problem of data.unreadable) await write(process.stderr, `dtp: ${problem}\n`);
    if (data.plans.length === 0) {
        throw new UsageError(`${dir}: no programme in any .dtp file here (${plural(data.unreadable.length + data.others.length, 'file')} without one); a site needs at least one plan with a programme`);
    }
    const [{ renderSite }, { writeSite }, { siteWords }] = await Promise.all([import('../site/pages.js'), import('../site/write.js'), import('../site/words.js')]);
    const files = renderSite(data, { words: siteWords(cliLocale()), live: false, version: dtpVersion() });
    const result = await writeSite(options.output, files, { force: options.force === true, version: dtpVersion() });
    const errors = data.plans.reduce((count, plan) => count + plan.summary.errors, 0);
    const withErrors = data.plans.filter(plan => plan.summary.errors > 0);
    const site = displayPath((await import('node:path')).resolve(options.output, 'index.html'));
    const gone = result.removedPlans > 0 ? ` (removed the pages of ${plural(result.removedPlans, 'plan')} no longer there)` : '';
    await write(process.stdout, `wrote the site of ${plural(data.plans.length, 'plan')}: ${site}${gone}\n`);
    if (withErrors.length > 0) {
        await write(process.stderr, `dtp: ${plural(errors, 'error')} in ${withErrors.map(plan => plan.source).join(', ')}; the pages show them: run \`dtp validate ${dir}\` to fix them\n`);
    }
    if (data.unreadable.length > 0) return EXIT_USAGE;
    return options.failOnError && errors > 0 ? EXIT_PROBLEMS : EXIT_CLEAN;
}
