// Every word the roadmap site says itself, in one catalogue: another language is one more object of this shape.
// Plan text (titles, labels, owners, messages of the checker) is never in here and never translated.
import type { ActivityState, Health, Severity } from '@dtp/roadmap';

export interface SiteWords {
    /** The `lang` of every page. */
    lang: string;
    siteTitle: string;
    /** The index's heading line under the title: how many programmes, from which folder. */
    indexLead: (programmes: number, folder: string) => string;
    noProgrammes: string;
    builtWith: (version: string, date: string) => string;
    allRoadmaps: string;
    /** Screen-reader name of the breadcrumb trail. */
    breadcrumb: string;
    onThisPage: string;

    // A programme's summary (index card and plan page)
    programmeId: string;
    file: string;
    owner: string;
    span: string;
    plannedSpan: string;
    forecastEnd: string;
    statusDate: string;
    noStatusDate: string;
    health: string;
    problems: string;
    /** "2027-01-04 → 2028-05-14". */
    range: (from: string, to: string) => string;
    /** Days later (+) or earlier (−) than planned, as a short badge: "+42 days". */
    varianceDays: (days: number) => string;
    onPlan: string;
    healthName: Record<Health, string>;
    healthCount: (health: Health, count: number) => string;
    stateName: Record<ActivityState, string>;
    severityName: Record<Severity, string>;
    errors: (count: number) => string;
    warnings: (count: number) => string;
    others: (count: number) => string;
    noProblems: string;
    thumbnailOf: (title: string) => string;
    openPlan: (title: string) => string;

    // The plan page
    roadmap: string;
    roadmapFrameTitle: (title: string) => string;
    openRoadmapAlone: string;
    problemsHeading: (count: number) => string;
    problemsNone: string;
    severity: string;
    code: string;
    message: string;
    where: string;
    docsFor: (code: string) => string;
    schedule: string;
    scheduleNote: (tracking: boolean) => string;
    activity: string;
    start: string;
    lastDay: string;
    duration: string;
    slack: string;
    critical: string;
    criticalMark: string;
    status: string;
    plannedStart: string;
    plannedLastDay: string;
    forecastStart: string;
    forecastLastDay: string;
    variance: string;
    state: string;
    ongoing: string;
    notScheduled: string;
    milestone: string;
    every: (duration: string) => string;
    days: (count: number) => string;
    phaseSpan: (from: string, to: string | null) => string;
    phaseNotScheduled: string;

    // What moved since the base
    changesHeading: (base: string) => string;
    changesSince: (base: string) => string;
    noBase: (base: string) => string;
    baseProblem: string;
    endMoved: (days: number, from: string, to: string) => string;
    endDidNotMove: (date: string) => string;
    statusDateMoved: (from: string, to: string) => string;
    milestones: (count: number) => string;
    milestonesNone: string;
    activities: (moved: number, added: number, removed: number) => string;
    activitiesNone: string;
    capabilities: (count: number) => string;
    capability: string;
    was: string;
    movedBy: string;
    now: string;
    change: string;
    readyFrom: string;
    changeName: Record<'moved' | 'added' | 'removed', string>;
    capabilityChange: (change: 'earlier' | 'later' | 'ready' | 'unready' | 'added' | 'removed', days: number | null) => string;
    criticalPath: string;
    criticalPathUnchanged: string;
    criticalPathBefore: string;
    criticalPathAfter: string;
    none: string;
    moreRows: (count: number) => string;

    // Files that hold no programme but have problems (a broken catalogue)
    otherFiles: string;
    otherFilesLead: string;

    // Live reload (dtp serve)
    liveStatus: string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const signed = (days: number) => `${days > 0 ? '+' : days < 0 ? '−' : '±'}${Math.abs(days)}`;

export const en: SiteWords = {
    lang: 'en',
    siteTitle: 'Roadmaps',
    indexLead: (programmes, folder) => `${plural(programmes, 'programme', 'programmes')} in ${folder}`,
    noProgrammes: 'No programme found yet: a .dtp file with a programme appears here when it is saved.',
    builtWith: (version, date) => `Built by dtp ${version} on ${date}.`,
    allRoadmaps: 'All roadmaps',
    breadcrumb: 'Breadcrumb',
    onThisPage: 'On this page',

    programmeId: 'Id',
    file: 'File',
    owner: 'Owner',
    span: 'Span',
    plannedSpan: 'Planned',
    forecastEnd: 'Forecast end',
    statusDate: 'Status date',
    noStatusDate: 'no status date: the plan as written',
    health: 'Health',
    problems: 'Problems',
    range: (from, to) => `${from} → ${to}`,
    varianceDays: days => `${signed(days)} ${Math.abs(days) === 1 ? 'day' : 'days'}`,
    onPlan: 'on plan',
    healthName: { late: 'late', 'at-risk': 'at risk', 'on-track': 'on track', done: 'done' },
    healthCount: (health, count) => `${count} ${{ late: 'late', 'at-risk': 'at risk', 'on-track': 'on track', done: 'done' }[health]}`,
    stateName: { planned: 'planned', active: 'active', done: 'done' },
    severityName: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
    errors: count => plural(count, 'error', 'errors'),
    warnings: count => plural(count, 'warning', 'warnings'),
    others: count => plural(count, 'note', 'notes'),
    noProblems: 'no problems',
    thumbnailOf: title => `Overview of the roadmap of ${title}`,
    openPlan: title => `Open the roadmap of ${title}`,

    roadmap: 'Roadmap',
    roadmapFrameTitle: title => `Interactive roadmap of ${title}`,
    openRoadmapAlone: 'Open the roadmap on its own page',
    problemsHeading: count => `Problems (${count})`,
    problemsNone: 'The checker found no problems in this plan or the files it imports.',
    severity: 'Severity',
    code: 'Code',
    message: 'Message',
    where: 'Where',
    docsFor: code => `What ${code} means and how to fix it`,
    schedule: 'Schedule',
    scheduleNote: tracking => tracking
        ? 'Dates are last days of work. The forecast counts what is recorded until the status date; variance is forecast end minus planned end.'
        : 'Dates are last days of work. Slack is in calendar days; ★ marks the critical path.',
    activity: 'Activity',
    start: 'Start',
    lastDay: 'Last day',
    duration: 'Duration',
    slack: 'Slack',
    critical: 'Critical',
    criticalMark: 'on the critical path',
    status: 'Status',
    plannedStart: 'Planned start',
    plannedLastDay: 'Planned end',
    forecastStart: 'Forecast start',
    forecastLastDay: 'Forecast end',
    variance: 'Variance',
    state: 'State',
    ongoing: 'ongoing',
    notScheduled: 'not scheduled',
    milestone: 'milestone',
    every: duration => `every ${duration}`,
    days: count => plural(count, 'day', 'days'),
    phaseSpan: (from, to) => (to === null ? `${from} onwards` : `${from} → ${to}`),
    phaseNotScheduled: 'not scheduled',

    changesHeading: base => `What moved since ${base}`,
    changesSince: base => `Compared with ${base}.`,
    noBase: base => `This plan did not exist at ${base}: everything in it is new.`,
    baseProblem: 'The base could not be read',
    endMoved: (days, from, to) => `The programme end moved ${plural(Math.abs(days), 'day', 'days')} ${days > 0 ? 'later' : 'earlier'}: ${from} → ${to}.`,
    endDidNotMove: date => `The programme end did not move: ${date}.`,
    statusDateMoved: (from, to) => `Status date: ${from} → ${to}.`,
    milestones: count => `Milestones (${count} changed)`,
    milestonesNone: 'No milestone moved.',
    activities: (moved, added, removed) => `Activities (${moved} moved, ${added} added, ${removed} removed)`,
    activitiesNone: 'No activity moved, was added or was removed.',
    capabilities: count => `Capabilities (${count} changed)`,
    capability: 'Capability',
    was: 'Was',
    movedBy: 'Moved',
    now: 'Now',
    change: 'Change',
    readyFrom: 'Ready from',
    changeName: { moved: 'moved', added: 'added', removed: 'removed' },
    capabilityChange: (change, days) => {
        switch (change) {
            case 'earlier':
            case 'later': return `ready ${plural(Math.abs(days ?? 0), 'day', 'days')} ${change}`;
            case 'ready': return 'now ready (was never ready)';
            case 'unready': return 'no longer ready';
            case 'added': return 'new';
            case 'removed': return 'removed';
        }
    },
    criticalPath: 'Critical path',
    criticalPathUnchanged: 'Unchanged:',
    criticalPathBefore: 'Before:',
    criticalPathAfter: 'After:',
    none: 'none',
    moreRows: count => `… and ${count} more (run dtp diff for the full list).`,

    otherFiles: 'Other files with problems',
    otherFilesLead: 'These files hold no programme (a capability catalogue, or a plan whose programme could not be read) and have problems.',

    liveStatus: 'Live: this page reloads when a plan is saved.'
};

/** The words the site speaks; one language for now. */
export const words: SiteWords = en;
