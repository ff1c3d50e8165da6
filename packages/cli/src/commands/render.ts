// `dtp render FILE --format …`: the roadmap picture of a plan, by the same pure renderers as the preview.
// This adapter loads the plan, takes the model from the language's ScheduleProvider, marks the diagnostics on the
// activities they lie in, and writes the result; today's date is read here, never in a renderer.
import { Command, Option } from 'commander';
import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { ModelLocator, RoadmapDiagnostic, RoadmapModel } from '@dtp/roadmap';
import type { FileReport } from '../diagnostics.js';
import { EXIT_CLEAN, EXIT_PROBLEMS, UsageError } from '../errors.js';
import { displayPath } from '../files.js';
import { checkedDateOption, STATUS_DATE_DESCRIPTION } from '../options.js';
import { write } from '../terminal.js';
import { cliLocale, say } from '../locale.js';
import type { Locale } from '@dtp/roadmap/i18n';
import { BINARY_EXPORTS, EXPORT_FORMATS, isExportFormat, renderExport } from '../export.js';
import { addViewOptions, checkOwners, viewSettings, type ViewCommandOptions, type ViewSettings } from '../view-options.js';

const FORMATS = ['svg', 'html', 'md', 'mermaid', 'png', 'json', ...EXPORT_FORMATS] as const;
type RenderFormat = (typeof FORMATS)[number];

interface RenderCommandOptions extends ViewCommandOptions {
    format: RenderFormat;
    output?: string;
    today?: string;
    theme: 'light' | 'dark';
    width?: string;
    scale?: string;
    statusDate?: string;
    base?: string;
    sheet?: string;
    page?: string;
}

/** What the renderers are given besides the model. */
interface RenderSettings extends ViewSettings {
    today: string;
    /** --today as given: Markdown and Mermaid mark a day only when asked, so a committed ROADMAP.md does not change daily. */
    givenToday?: string;
    theme: 'light' | 'dark';
    width: number;
    base?: RoadmapModel;
    baseLabel?: string;
    /** The picture's own words and dates (--lang or the environment); the plan's text is drawn as written. */
    locale: Locale;
}

export function renderCommand(): Command {
    return addViewOptions(new Command('render')
        .description('draw the roadmap of a plan (SVG, self-contained HTML, Markdown with a Mermaid gantt, Mermaid, PNG, PDF or the JSON model) or export it (CSV, XLSX, iCalendar, MS Project XML, ArchiMate)')
        .argument('<file>', 'the plan (.dtp file with a programme)')
        .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('svg'))
        .option('-o, --output <file>', 'write to this file (required for binary formats; - is standard output); default: standard output')
        .option('--today <date>', 'the date of the today line (YYYY-MM-DD); default: the system date')
        .addOption(new Option('--theme <theme>', 'colours of svg, png and html').choices(['light', 'dark']).default('light'))
        .option('--width <px>', 'width of the picture in px (svg, png, html)', '1600')
        .option('--scale <factor>', 'png pixels per svg px (default: 2; 1 with --size slide, so the PNG is 1920 × 1080)')
        .option('--status-date <date>', STATUS_DATE_DESCRIPTION)
        .option('--sheet <sheet>', 'csv: the table to write: activities (default), milestones or capabilities')
        .option('--page <size>', 'pdf: the paper, landscape: a3 (default) or a4')
        .option('--base <base>', 'draw where each moved bar was in an earlier version: a git revision of FILE, a .dtp file or a model saved with `dtp schedule --json` (svg, png, html)'))
        .addHelpText('after', `
Exit codes: 0 rendered, 1 the plan has errors (the picture shows what could be scheduled, problems marked), 2 usage or I/O error.

Examples:
  dtp render plans/noordstad.dtp -f html -o roadmap.html
  dtp render plans/noordstad.dtp -f png -o roadmap.png --theme dark
  dtp render plans/noordstad.dtp -f md > ROADMAP.md
  dtp render plans/noordstad.dtp -f pdf --page a4 -o roadmap.pdf
  dtp render plans/noordstad.dtp -f xlsx -o plan.xlsx                 also csv, ics, msproject, archimate
  dtp render plans/noordstad.dtp -f html --base main -o roadmap.html   what moved since main
  dtp render plans/noordstad.dtp -f png --view board --size slide -o board.png
  dtp render plans/noordstad.dtp --view owners --owner "Platform team" --critical --no-lines
  dtp render plans/noordstad.dtp --phase foundation,improvement --from 2027-06-01 --to 2027-12-31`)
        .action(async (file: string, options: RenderCommandOptions) => {
            process.exitCode = await runRender(file, options);
        });
}

async function runRender(operand: string, options: RenderCommandOptions): Promise<number> {
    const language = await import('@dtp/language/core');
    const today = checkedDate(options.today ?? localToday(), language.parseDate);
    const width = positiveNumber('--width', options.width ?? '1600', 320, 20_000);
    const scale = positiveNumber('--scale', options.scale ?? (options.size === 'slide' ? '1' : '2'), 0.1, 8);
    const view = await viewSettings(options, options.format);
    const binary = options.format === 'png' || BINARY_EXPORTS.includes(options.format);
    // `-o -` is standard output, as in most tools; binary data goes there only when asked for, and never to a terminal.
    const toStandardOutput = options.output === undefined || options.output === '-';
    if (binary && !options.output) throw new UsageError(say('cli.error.binary-needs-output', { format: options.format }));
    if (binary && toStandardOutput && process.stdout.isTTY) throw new UsageError(say('cli.error.binary-to-terminal', { format: options.format }));
    const statusDate = await checkedDateOption('--status-date', options.statusDate);
    const { scheduleOnePlan } = await import('../schedule-source.js');
    const { file, model: scheduled, reports } = await scheduleOnePlan(operand, 'render', options.today === undefined ? undefined : today, statusDate);
    // The base is read like `dtp diff` reads it (one loader), and forecast at the same status date.
    const base = options.base === undefined ? undefined
        : await (await import('../base-model.js')).loadBaseModel(options.base, file, { statusDate, command: 'render' });
    // Loaded on use, like the renderers: `dtp --help` and `dtp validate` never load the roadmap package.
    const { ModelLocator } = await import('@dtp/roadmap');
    const model: RoadmapModel = { ...scheduled, diagnostics: roadmapDiagnostics(new ModelLocator(scheduled), reports, file) };
    checkOwners(view, model);
    const settings: RenderSettings = { today, givenToday: options.today === undefined ? undefined : today, theme: options.theme, width, base: base?.model, baseLabel: options.base, locale: cliLocale(), ...view };
    const output = isExportFormat(options.format)
        ? await renderExport(model, options.format, { picture: settings, today, sheet: options.sheet, page: options.page, note: text => write(process.stderr, text) })
        : await rendered(model, options.format, settings, scale);
    if (!toStandardOutput) {
        const target = path.resolve(options.output!);
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, output);
    } else {
        await write(process.stdout, output);
    }
    const errors = model.diagnostics!.filter(d => d.severity === 'error').length;
    if (errors > 0) {
        await write(process.stderr, `${say('cli.note.render-errors', { file: displayPath(file), errors, operand })}\n`);
        return EXIT_PROBLEMS;
    }
    return EXIT_CLEAN;
}

async function rendered(model: RoadmapModel, format: Exclude<RenderFormat, (typeof EXPORT_FORMATS)[number]>, options: RenderSettings, scale: number): Promise<string | Buffer> {
    const roadmap = await import('@dtp/roadmap');
    const pictures = () => import('@dtp/roadmap/render'); // d3 and the layout: not for the text formats
    switch (format) {
        case 'svg': return (await pictures()).renderSvg(model, options);
        case 'html': return (await pictures()).renderHtml(model, { ...options, nonce: (await import('node:crypto')).randomBytes(16).toString('base64url') });
        case 'md': return roadmap.renderMarkdown(model, { locale: options.locale, today: options.givenToday });
        case 'mermaid': return roadmap.renderMermaid(model, { locale: options.locale, today: options.givenToday });
        case 'json': return JSON.stringify(model, null, 2) + '\n';
        case 'png': {
            const { svgToPng, PngTooLargeError } = await import('../png.js');
            try {
                const image = await svgToPng((await pictures()).renderSvg(model, options), scale);
                if (image.scale < scale) {
                    await write(process.stderr, `dtp: the roadmap is large; the PNG is drawn at scale ${image.scale.toFixed(2)} instead of ${scale} (${image.width} × ${image.height} px)\n`);
                }
                return image.png;
            } catch (error) {
                if (error instanceof PngTooLargeError) throw new UsageError(error.message);
                throw error;
            }
        }
    }
}

/**
 * Every diagnostic of the loaded files, with `activityId` when it lies inside an activity of the plan's own file
 * (else `phase` when it lies inside a phase), so the picture can mark that bar or lane. Ranges are sorted once and
 * searched by position: no scan per diagnostic.
 */
export function roadmapDiagnostics(locator: ModelLocator, reports: readonly FileReport[], planFile: string): RoadmapDiagnostic[] {
    const result: RoadmapDiagnostic[] = [];
    const own = path.resolve(planFile);
    for (const report of reports) {
        const inPlan = path.resolve(report.file) === own;
        for (const d of report.diagnostics) {
            const start = { line: d.line - 1, character: d.column - 1 };
            const end = { line: d.endLine - 1, character: d.endColumn - 1 };
            result.push({
                code: d.code,
                severity: d.severity,
                message: inPlan ? d.message : `${report.path}:${d.line}:${d.column}: ${d.message}`,
                ...(inPlan ? locator.placeOf(start) : {}),
                range: { ...(inPlan ? {} : { uri: report.path }), start, end }
            });
        }
    }
    return result;
}

function checkedDate(text: string, parseDate: (text: string) => { ok: true; value: string } | { ok: false; problem: string }): string {
    const parsed = parseDate(text);
    if (!parsed.ok) throw new UsageError(`--today: ${parsed.problem}`);
    return parsed.value;
}

function positiveNumber(option: string, text: string, min: number, max: number): number {
    const value = Number(text);
    if (!Number.isFinite(value) || value < min || value > max) throw new UsageError(`${option} ${text}: give a number from ${min} to ${max}`);
    return value;
}

/** The system's calendar date (local time): what "today" means to the person running the command. */
function localToday(): string {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
