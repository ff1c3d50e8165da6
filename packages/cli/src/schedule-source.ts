// Where the CLI gets the computed schedule: the language's ScheduleProvider (one scheduler for the CLI, the
// language server and the preview), never a second scheduler here.
import type { LangiumDocument } from 'langium';
import type { DtpNodeCoreServices } from '@dtp/language/core/node';
import type { RoadmapModel } from '@dtp/roadmap';
import type { FileReport } from './diagnostics.js';
import { UsageError } from './errors.js';
import { discoverPlanFiles, displayPath } from './files.js';
import { say } from './locale.js';

/**
 * The roadmap model of the document's programme, or undefined when the file holds no programme.
 * `today` matters only to plans that give no date at all; when the user names it, a provider with that day is used
 * instead of the service's (which reads the clock).
 */
export async function scheduleOf(services: DtpNodeCoreServices, document: LangiumDocument, today?: string): Promise<RoadmapModel | undefined> {
    if (today === undefined) return services.Dtp.scheduler.ScheduleProvider.getSchedule(document)?.model;
    const { ScheduleProvider } = await import('@dtp/language/core');
    return new ScheduleProvider(services, () => today, services.Dtp.scheduler.ScheduleProvider.statusDate).getSchedule(document)?.model;
}

export interface ScheduledPlan {
    file: string;
    model: RoadmapModel;
    reports: FileReport[];
}

/**
 * Loads the one plan `operand` names, with its imports, and schedules it: what `dtp schedule` and `dtp render`
 * share; `statusDate` overrides the plan's own (--status-date). Usage errors (not exactly one plan, not a plan, no programme) are thrown as UsageError.
 */
export async function scheduleOnePlan(operand: string, command: string, today?: string, statusDate?: string): Promise<ScheduledPlan> {
    const files = await discoverPlanFiles([operand]);
    if (files.length !== 1) throw new UsageError(say('cli.error.one-plan', { operand, count: files.length, command }));
    const [file] = files;
    const { checkPlanFile, loadPlanFiles } = await import('./plans.js');
    const problem = await checkPlanFile(file);
    if (problem) throw new UsageError(problem);
    const { services, roots, reports } = await loadPlanFiles(files, { statusDate });
    const model = await scheduleOf(services, roots[0], today);
    if (!model) {
        throw new UsageError(say('cli.error.no-programme', { file: displayPath(file), command }));
    }
    return { file, model, reports };
}
