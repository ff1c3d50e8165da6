// The view options of `dtp render` (docs/cli.md, "Views, filters and folding"): which picture, which part of the plan,
// lines on or off, folding, and the slide size. Parsed and checked here so that a mistyped phase, an unknown owner or an
// empty date window is a one-line usage error, never a silently empty picture.
import { type Command, Option } from 'commander';
import type { PhaseKind, RenderOptions, RoadmapModel } from '@dtp/roadmap';
import { UsageError } from './errors.js';
import { checkedDateOption } from './options.js';

const VIEWS = ['detail', 'board', 'owners'] as const;
const PHASES: readonly PhaseKind[] = ['initiation', 'foundation', 'improvement', 'continuous-improvement'];
const SIZES = ['default', 'slide'] as const;
/** The formats that draw a picture; the view options mean nothing to the others. */
const PICTURES = ['svg', 'png', 'html', 'pdf'];

export interface ViewCommandOptions {
    view?: string;
    phase?: string[];
    owner?: string[];
    critical?: boolean;
    from?: string;
    to?: string;
    lines?: boolean;
    fold?: string[];
    unfold?: boolean;
    size?: string;
}

/** The view settings the renderers take (a part of their options). */
export type ViewSettings = Pick<RenderOptions, 'view' | 'phases' | 'owners' | 'critical' | 'from' | 'to' | 'lines' | 'fold' | 'size'>;

/** Repeatable, comma-separated: `--owner "A" --owner "B,C"` is A, B and C. */
const list = (value: string, previous: string[] | undefined) => [...(previous ?? []), ...value.split(',').map(part => part.trim()).filter(Boolean)];

export function addViewOptions(command: Command): Command {
    return command
        .addOption(new Option('--view <view>', 'the picture: detail (a lane per phase, default), board (one slide: phases, milestones, health) or owners (a lane per owner)').choices([...VIEWS]))
        .option('--phase <kinds>', 'only these phases (comma-separated): initiation, foundation, improvement, continuous-improvement', list)
        .option('--owner <names>', 'only the work of these owners (comma-separated or repeated; "Unassigned" is work without an owner)', list)
        .option('--critical', 'only the critical path')
        .option('--from <date>', 'date window: the first day shown; bars are cut at the window, work outside it left out')
        .option('--to <date>', 'date window: the last day shown')
        .option('--lines', 'draw dependency lines (the default in the detail view)')
        .option('--no-lines', 'hide dependency lines')
        .option('--fold <groups>', 'fold groups to one summary bar each: all, or phase kinds (owner names in the owners view), comma-separated; above 300 activities every group folds by default', list)
        .option('--unfold', 'fold nothing, however large the plan')
        .addOption(new Option('--size <size>', 'slide: a 16:9 picture of 1920 × 1080 with the roadmap scaled to fit (svg, png)').choices([...SIZES]));
}

/** Whether any view option was given (they apply to pictures only). */
function given(options: ViewCommandOptions): string | null {
    const flags: [keyof ViewCommandOptions, string][] = [['view', '--view'], ['phase', '--phase'], ['owner', '--owner'], ['critical', '--critical'],
        ['from', '--from'], ['to', '--to'], ['lines', '--lines/--no-lines'], ['fold', '--fold'], ['unfold', '--unfold'], ['size', '--size']];
    return flags.find(([key]) => options[key] !== undefined)?.[1] ?? null;
}

/** The checked view settings, before the plan is loaded: everything that does not depend on the plan. */
export async function viewSettings(options: ViewCommandOptions, format: string): Promise<ViewSettings> {
    const flag = given(options);
    if (flag && !PICTURES.includes(format)) {
        throw new UsageError(`${flag} applies to the pictures (--format svg, png, html or pdf), not to --format ${format}`);
    }
    if (options.size === 'slide' && format !== 'svg' && format !== 'png') {
        throw new UsageError(`--size slide applies to --format svg and png; for a page use --format pdf (A3 or A4 landscape)`);
    }
    const phases = options.phase?.map(kind => {
        const lower = kind.toLowerCase();
        if (!(PHASES as readonly string[]).includes(lower)) throw new UsageError(`--phase ${kind}: not a phase kind; give ${PHASES.join(', ')} (comma-separated)`);
        return lower as PhaseKind;
    });
    if (options.fold && options.unfold) throw new UsageError('--fold and --unfold contradict each other: give one of them');
    if (options.owner && options.owner.length === 0) throw new UsageError('--owner: give an owner\'s name, e.g. --owner "Platform team"');
    const from = await checkedDateOption('--from', options.from);
    const to = await checkedDateOption('--to', options.to);
    if (from && to && to < from) throw new UsageError(`--from ${options.from} --to ${options.to}: the window ends before it starts; give --to on or after --from`);
    const fold = options.unfold ? 'none' as const : options.fold?.some(group => group.toLowerCase() === 'all') ? 'all' as const : options.fold;
    if (Array.isArray(fold) && options.view !== 'owners') {
        for (const group of fold) {
            if (!(PHASES as readonly string[]).includes(group.toLowerCase())) {
                throw new UsageError(`--fold ${group}: not a phase kind; give all or ${PHASES.join(', ')} (owner names in --view owners)`);
            }
        }
    }
    const settings: ViewSettings = {};
    if (options.view) settings.view = options.view as ViewSettings['view'];
    if (phases) settings.phases = phases;
    if (options.owner) settings.owners = options.owner;
    if (options.critical) settings.critical = true;
    if (from) settings.from = from;
    if (to) settings.to = to;
    if (options.lines !== undefined) settings.lines = options.lines;
    if (fold) settings.fold = fold;
    if (options.size === 'slide') settings.size = 'slide';
    return settings;
}

/** Checks the owners named (to filter or to fold) against the plan: a typo would otherwise draw an empty picture. */
export function checkOwners(settings: ViewSettings, model: RoadmapModel): void {
    const known = new Map<string, string>();
    for (const activity of model.activities) {
        const owner = activity.owner?.trim();
        if (owner) known.set(owner.toLowerCase(), owner);
    }
    const unassigned = model.activities.some(activity => !activity.owner?.trim());
    if (unassigned) known.set('unassigned', 'Unassigned');
    const names = [...known.values()].sort((a, b) => a.localeCompare(b));
    const listed = names.length ? `owners in the plan: ${names.map(name => `"${name}"`).join(', ')}` : 'no activity in the plan has an owner';
    for (const owner of settings.owners ?? []) {
        if (!known.has(owner.toLowerCase())) throw new UsageError(`--owner ${owner}: nobody by that name owns work in this plan; ${listed}`);
    }
    if (settings.view === 'owners' && Array.isArray(settings.fold)) {
        for (const group of settings.fold) {
            if (!known.has(group.toLowerCase())) throw new UsageError(`--fold ${group}: no owner of that name in this plan; give all or one of the ${listed}`);
        }
    }
}
