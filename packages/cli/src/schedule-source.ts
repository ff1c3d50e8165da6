// Where the CLI gets the computed schedule: the language's ScheduleProvider (one scheduler for the CLI, the
// language server and the preview), never a second scheduler here.
import type { LangiumDocument } from 'langium';
import type { DtpNodeServices } from '@dtp/language/node';
import type { RoadmapModel } from '@dtp/roadmap';

/**
 * The roadmap model of the document's programme, or undefined when the file holds no programme.
 * `today` matters only to plans that give no date at all; when the user names it, a provider with that day is used
 * instead of the service's (which reads the clock).
 */
export async function scheduleOf(services: DtpNodeServices, document: LangiumDocument, today?: string): Promise<RoadmapModel | undefined> {
    if (today === undefined) return services.Dtp.scheduler.ScheduleProvider.getSchedule(document)?.model;
    const { ScheduleProvider } = await import('@dtp/language');
    return new ScheduleProvider(services, () => today).getSchedule(document)?.model;
}
