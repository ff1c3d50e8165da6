// The two sides `dtp diff` compares, and the base `dtp render --base` draws: a roadmap model from a git revision of
// the plan (the same file and its imports at that revision), from another .dtp file, or from a model saved with
// `dtp schedule --json`. One loader, so diff and render read a base the same way.
import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { RoadmapModel } from '@dtp/roadmap';
import type { FileReport } from './diagnostics.js';
import { describeError, UsageError } from './errors.js';
import { displayPath } from './files.js';
import { write } from './terminal.js';

export interface LoadedModel {
    model: RoadmapModel;
    /** How people are told what this side is: `HEAD~1`, `plans/old.dtp`, `baseline.json`. */
    label: string;
    kind: 'revision' | 'plan' | 'model';
    /** The plan's diagnostics (a .dtp side only). */
    reports?: FileReport[];
    /** The plan file on disk (a .dtp side only). */
    file?: string;
}

export interface ModelSourceOptions {
    /** --status-date: both sides are forecast at this date (a saved model cannot be, and says so). */
    statusDate?: string;
    /** The command, for messages. */
    command: string;
}

const MAX_MODEL_BYTES = 200 * 1024 * 1024;

/**
 * A side given as a file: a saved model (`.json`, or any file that starts with `{`) or a plan. Undefined when no such
 * file exists, so the caller can try a git revision.
 */
export async function loadModelFile(operand: string, options: ModelSourceOptions): Promise<LoadedModel | undefined> {
    const info = await stat(operand).catch(() => undefined);
    if (!info) return undefined;
    if (!info.isFile()) throw new UsageError(`${operand} is a directory; dtp ${options.command} compares one plan: give a .dtp file, a saved model (.json) or a git revision`);
    if (await isSavedModel(operand)) return { model: await readSavedModel(operand, options), label: displayPath(path.resolve(operand)), kind: 'model' };
    const { scheduleOnePlan } = await import('./schedule-source.js');
    const { file, model, reports } = await scheduleOnePlan(operand, options.command, undefined, options.statusDate);
    return { model, label: displayPath(file), kind: 'plan', reports, file };
}

/** The base of a comparison: a file (plan or saved model), else a git revision of `planFile`'s repository. */
export async function loadBaseModel(base: string, planFile: string | undefined, options: ModelSourceOptions): Promise<LoadedModel> {
    const fromFile = await loadModelFile(base, options);
    if (fromFile) return fromFile;
    if (/\.(dtp|json)$/i.test(base)) throw new UsageError(`${base}: no such file; give an existing .dtp file, a model saved with \`dtp schedule --json\`, or a git revision`);
    if (!planFile) throw new UsageError(`'${base}' is not a file, so it must be a git revision: say which plan to compare at that revision (dtp ${options.command} ${base} FILE)`);
    return loadRevision(base, planFile, options);
}

/** The plan `planFile` and its imports as they were at `revision`, scheduled like a plan on disk. */
async function loadRevision(revision: string, planFile: string, options: ModelSourceOptions): Promise<LoadedModel> {
    const { GitRevisionFileSystem, resolveRevision, repositoryPath } = await import('./git.js');
    const repo = resolveRevision(revision, planFile);
    const fileSystem = new GitRevisionFileSystem(repo);
    const shown = displayPath(path.resolve(planFile));
    const inRepo = repositoryPath(repo.root, planFile);
    if (inRepo === undefined) throw new UsageError(`${shown} lies outside the git repository ${repo.root}; a revision can only give files inside it`);
    const type = fileSystem.typeOf(planFile);
    if (type !== 'blob') {
        throw new UsageError(`${shown} does not exist at revision ${revision} (${repo.commit.slice(0, 7)}): it was added after it, or had another name there; compare with a later revision, or give the old plan as a .dtp file`);
    }
    const { loadPlanFiles } = await import('./plans.js');
    const { scheduleOf } = await import('./schedule-source.js');
    const { services, roots, reports } = await loadPlanFiles([planFile], { statusDate: options.statusDate, fileSystem });
    const model = await scheduleOf(services, roots[0]);
    if (!model) throw new UsageError(`${shown} holds no programme at revision ${revision}; compare with a revision where it holds the plan`);
    // A commit id (as CI passes it) is shown short; a name also says which commit it was.
    const short = repo.commit.slice(0, 7);
    const label = /^[0-9a-f]{7,}$/i.test(revision) && repo.commit.startsWith(revision.toLowerCase()) ? short : `${revision} (${short})`;
    return { model, label, kind: 'revision', reports, file: planFile };
}

async function isSavedModel(file: string): Promise<boolean> {
    if (file.toLowerCase().endsWith('.json')) return true;
    if (file.toLowerCase().endsWith('.dtp')) return false;
    const head = await readFile(file, 'utf8').then(text => text.slice(0, 256).trimStart(), () => '');
    return head.startsWith('{');
}

async function readSavedModel(file: string, options: ModelSourceOptions): Promise<RoadmapModel> {
    const shown = displayPath(path.resolve(file));
    const info = await stat(file);
    if (info.size > MAX_MODEL_BYTES) throw new UsageError(`${shown} is ${(info.size / 1024 / 1024).toFixed(0)} MB, too large for a saved roadmap model`);
    let value: unknown;
    try {
        value = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
        throw new UsageError(`${shown} is not valid JSON (${describeError(error)}); give a model saved with \`dtp schedule --json\``);
    }
    const model = value as Partial<RoadmapModel> | null;
    const looksRight = model !== null && typeof model === 'object' && ((model.version as number) === 1 || model.version === 2)
        && typeof model.programme === 'object' && model.programme !== null && typeof model.programme.end === 'string'
        && Array.isArray(model.activities) && Array.isArray(model.capabilities) && Array.isArray(model.criticalPath);
    if (!looksRight) {
        const version = model && typeof model === 'object' && 'version' in model ? ` (version ${String(model.version)})` : '';
        throw new UsageError(`${shown} is not a roadmap model this dtp reads${version}: save one with \`dtp schedule FILE --json > ${path.basename(file)}\` (model versions 1 and 2)`);
    }
    if (options.statusDate !== undefined && model.programme!.statusDate !== options.statusDate) {
        await write(process.stderr, `dtp: note: ${shown} is a saved model (status date ${model.programme!.statusDate ?? 'none'}); --status-date ${options.statusDate} cannot re-forecast it, its dates are compared as saved\n`);
    }
    return model as RoadmapModel;
}
