// What the roadmap site shows, read from disk: every programme under a folder with its roadmap model, its problems
// (its own file and what it imports) and, with a base revision, what moved since then. The pages are drawn from
// this data by pure functions (pages.ts); `dtp build` writes them, `dtp serve` keeps them in memory.
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { RoadmapDiff, RoadmapModel, Severity } from '@dtp/roadmap';
import { summarize, type FileReport, type Summary } from '../diagnostics.js';
import { UsageError } from '../errors.js';
import { discoverPlanFiles } from '../files.js';

export interface SiteProblem {
    severity: Severity;
    code: string;
    message: string;
    /** The file, relative to the site's folder, `/`-separated. */
    path: string;
    line: number;
    column: number;
}

export interface SiteBase {
    /** How the base is named: `main (1a2b3c4)`. */
    label: string;
    model?: RoadmapModel;
    diff?: RoadmapDiff;
    /** The plan did not exist at the base revision. */
    missing?: boolean;
    /** Why the base could not be read for this plan. */
    problem?: string;
}

export interface SitePlan {
    /** Absolute path of the plan file. */
    file: string;
    /** The plan file relative to the folder, `/`-separated: what people see. */
    source: string;
    /** Where its pages go: `plans/<slug>/index.html` and `plans/<slug>/roadmap.html`. */
    slug: string;
    /** The roadmap model with the diagnostics placed on its activities and phases. */
    model: RoadmapModel;
    problems: SiteProblem[];
    summary: Summary;
    base?: SiteBase;
}

export interface SiteData {
    /** The folder the plans were found in (absolute). */
    dir: string;
    plans: SitePlan[];
    /** Files that hold no programme and are imported by no plan, but have problems (a broken catalogue or plan). */
    others: { source: string; problems: SiteProblem[] }[];
    /** Files that could not be read as plans at all (binary, too large, unreadable): one message each. */
    unreadable: string[];
    /** The today line of the roadmaps and the date in the footer. */
    today: string;
    /** Every file that was read (plans and imports): what `dtp serve` watches. */
    files: string[];
}

export interface CollectOptions {
    /** --status-date: overrides every plan's own. */
    statusDate?: string;
    /** --today: the date taken as today (only plans with no date at all are scheduled from it). */
    today?: string;
    /** --base: a git revision; each plan is compared with its own version there. */
    base?: string;
    /** dtp serve: a folder with no plan (yet) is an empty site, not an error. */
    allowEmpty?: boolean;
}

/** Reads, checks and schedules every plan under `dir`. Usage problems (no such folder, an unknown revision) throw UsageError. */
export async function collectSite(dir: string, options: CollectOptions = {}): Promise<SiteData> {
    const root = path.resolve(dir);
    const info = await stat(root).catch(() => undefined);
    if (!info) throw new UsageError(`${dir}: no such directory; give the folder that holds your .dtp plans`);
    if (!info.isDirectory()) throw new UsageError(`${dir} is not a directory; dtp build and dtp serve take the folder that holds your .dtp plans`);
    const today = options.today ?? localToday();
    let files: string[];
    try {
        files = await discoverPlanFiles([root]);
    } catch (error) {
        if (options.allowEmpty && error instanceof UsageError) return { dir: root, plans: [], others: [], unreadable: [], today, files: [] };
        throw error;
    }
    if (options.base !== undefined) await checkBase(options.base, files[0]);

    const { checkPlanFiles, loadPlanFiles } = await import('../plans.js');
    const fileProblems = await checkPlanFiles(files);
    const unreadable = fileProblems.filter((problem): problem is string => problem !== undefined);
    const readable = files.filter((_, i) => fileProblems[i] === undefined);
    if (readable.length === 0) return { dir: root, plans: [], others: [], unreadable, today, files };

    const { services, roots, reports } = await loadPlanFiles(readable, { statusDate: options.statusDate });
    const [{ importClosure }, { ModelLocator }, { scheduleOf }, { roadmapDiagnostics }] = await Promise.all([
        import('@dtp/language/core'), import('@dtp/roadmap'), import('../schedule-source.js'), import('../commands/render.js')
    ]);
    const reportOf = new Map(reports.map(report => [path.resolve(report.file), report]));
    const documents = services.shared.workspace.LangiumDocuments;
    const plans: SitePlan[] = [];
    const imported = new Set<string>();
    const withoutProgramme: string[] = [];
    const slugs = new SlugSet();
    for (const document of roots) {
        const file = path.resolve(document.uri.fsPath);
        const model = await scheduleOf(services, document, options.today);
        if (!model) {
            withoutProgramme.push(file);
            continue;
        }
        const closure = [file, ...importClosure(document, documents).map(d => path.resolve(d.uri.fsPath))];
        for (const other of closure.slice(1)) imported.add(other);
        const planReports = closure.map(f => reportOf.get(f)).filter((r): r is FileReport => r !== undefined);
        const source = relativeTo(root, file);
        plans.push({
            file,
            source,
            slug: slugs.add(source),
            model: { ...model, diagnostics: roadmapDiagnostics(new ModelLocator(model), planReports, file) },
            problems: planReports.flatMap(report => problemsOf(root, report)),
            summary: summarize(planReports)
        });
    }
    const others = withoutProgramme
        .filter(file => !imported.has(file))
        .map(file => ({ source: relativeTo(root, file), problems: problemsOf(root, reportOf.get(file)) }))
        .filter(other => other.problems.length > 0);
    if (options.base !== undefined) {
        for (const plan of plans) plan.base = await baseOf(options.base, plan, options.statusDate);
    }
    return { dir: root, plans, others, unreadable, today, files: reports.map(report => report.file) };
}

function problemsOf(root: string, report: FileReport | undefined): SiteProblem[] {
    if (!report) return [];
    const shown = relativeTo(root, report.file);
    return report.diagnostics.map(d => ({ severity: d.severity, code: d.code, message: d.message, path: shown, line: d.line, column: d.column }));
}

/** A plan's path as people read it: relative to the folder (`../common/caps.dtp` for an import outside it), `/`-separated. */
function relativeTo(root: string, file: string): string {
    return path.relative(root, file).split(path.sep).join('/');
}

/**
 * Page folders named after the plan's path (`regions/north.dtp` → `regions/north`): stable links a person can guess.
 * Characters a URL or a file system may treat specially become `-`; names that differ only in case (which collide
 * on macOS and Windows) get a number.
 */
class SlugSet {
    private readonly taken = new Set<string>();

    add(source: string): string {
        const stem = source.replace(/\.dtp$/i, '');
        const base = stem.split('/').map(segment => {
            const safe = segment.replace(/[^\p{L}\p{N}_.-]+/gu, '-');
            return /^\.|^$/.test(safe) ? `_${safe}` : safe; // no `..`, no hidden folders
        }).join('/');
        let slug = base;
        for (let n = 2; this.taken.has(slug.toLowerCase()); n++) slug = `${base}-${n}`;
        this.taken.add(slug.toLowerCase());
        return slug;
    }
}

/** --base must name a revision of the plans' repository: checked once, so a typo is one usage error, not one per plan. */
async function checkBase(base: string, someFile: string): Promise<void> {
    if (await stat(base).then(() => true, () => false)) {
        throw new UsageError(`--base ${base}: a site compares each plan with its own version at a git revision, and ${base} is a file or folder; give a revision (e.g. main, HEAD~1, v1.0)`);
    }
    const { resolveRevision } = await import('../git.js');
    resolveRevision(base, someFile);
}

async function baseOf(base: string, plan: SitePlan, statusDate: string | undefined): Promise<SiteBase> {
    const [{ GitRevisionFileSystem, resolveRevision }, { loadBaseModel }, { diffRoadmaps }] = await Promise.all([
        import('../git.js'), import('../base-model.js'), import('@dtp/roadmap')
    ]);
    try {
        const repo = resolveRevision(base, plan.file);
        if (new GitRevisionFileSystem(repo).typeOf(plan.file) !== 'blob') return { label: `${base} (${repo.commit.slice(0, 7)})`, missing: true };
        const loaded = await loadBaseModel(base, plan.file, { statusDate, command: 'build' });
        return { label: loaded.label, model: loaded.model, diff: diffRoadmaps(loaded.model, plan.model) };
    } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        return { label: base, problem: error.message };
    }
}

/** The system's calendar date (local time): what "today" means to the person building the site. */
export function localToday(): string {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
