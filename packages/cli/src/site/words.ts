// Every word the roadmap site says itself, one object per language (en, nl): another language is one more object of this
// shape, added to SITE_WORDS. The picture inside a page takes its words from the catalogues of @dtp/roadmap.
// Plan text (titles, labels, owners, messages of the checker) is never in here and never translated.
import type { ActivityState, Health, Severity } from '@dtp/roadmap';
import type { Locale } from '@dtp/roadmap/i18n';

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

/** Dutch, in the words of the catalogues in @dtp/roadmap (packages/roadmap/src/i18n/nl.ts): fase, activiteit, peildatum, prognose. */
export const nl: SiteWords = {
    lang: 'nl',
    siteTitle: 'Roadmaps',
    indexLead: (programmes, folder) => `${plural(programmes, 'programma', 'programma’s')} in ${folder}`,
    noProgrammes: 'Nog geen programma gevonden: een .dtp-bestand met een programma verschijnt hier zodra het is opgeslagen.',
    builtWith: (version, date) => `Gemaakt door dtp ${version} op ${date}.`,
    allRoadmaps: 'Alle roadmaps',
    breadcrumb: 'Kruimelpad',
    onThisPage: 'Op deze pagina',

    programmeId: 'Id',
    file: 'Bestand',
    owner: 'Eigenaar',
    span: 'Looptijd',
    plannedSpan: 'Gepland',
    forecastEnd: 'Einde volgens prognose',
    statusDate: 'Peildatum',
    noStatusDate: 'geen peildatum: het plan zoals het is geschreven',
    health: 'Gezondheid',
    problems: 'Problemen',
    range: (from, to) => `${from} → ${to}`,
    varianceDays: days => `${signed(days)} ${Math.abs(days) === 1 ? 'dag' : 'dagen'}`,
    onPlan: 'volgens plan',
    healthName: { late: 'te laat', 'at-risk': 'risico', 'on-track': 'op schema', done: 'gereed' },
    healthCount: (health, count) => `${count} ${{ late: 'te laat', 'at-risk': 'met risico', 'on-track': 'op schema', done: 'gereed' }[health]}`,
    stateName: { planned: 'gepland', active: 'bezig', done: 'gereed' },
    severityName: { error: 'fout', warning: 'waarschuwing', info: 'info', hint: 'hint' },
    errors: count => plural(count, 'fout', 'fouten'),
    warnings: count => plural(count, 'waarschuwing', 'waarschuwingen'),
    others: count => plural(count, 'opmerking', 'opmerkingen'),
    noProblems: 'geen problemen',
    thumbnailOf: title => `Overzicht van de roadmap van ${title}`,
    openPlan: title => `Open de roadmap van ${title}`,

    roadmap: 'Roadmap',
    roadmapFrameTitle: title => `Interactieve roadmap van ${title}`,
    openRoadmapAlone: 'Open de roadmap op een eigen pagina',
    problemsHeading: count => `Problemen (${count})`,
    problemsNone: 'De controle vond geen problemen in dit plan of de bestanden die het importeert.',
    severity: 'Ernst',
    code: 'Code',
    message: 'Melding',
    where: 'Waar',
    docsFor: code => `Wat ${code} betekent en hoe je het oplost`,
    schedule: 'Planning',
    scheduleNote: tracking => tracking
        ? 'Data zijn laatste werkdagen. De prognose telt wat is vastgelegd tot de peildatum; de afwijking is het einde volgens prognose min het geplande einde.'
        : 'Data zijn laatste werkdagen. Speling is in kalenderdagen; ★ markeert het kritieke pad.',
    activity: 'Activiteit',
    start: 'Start',
    lastDay: 'Laatste dag',
    duration: 'Duur',
    slack: 'Speling',
    critical: 'Kritiek',
    criticalMark: 'op het kritieke pad',
    status: 'Status',
    plannedStart: 'Geplande start',
    plannedLastDay: 'Gepland einde',
    forecastStart: 'Prognose start',
    forecastLastDay: 'Prognose einde',
    variance: 'Afwijking',
    state: 'Stand',
    ongoing: 'doorlopend',
    notScheduled: 'niet ingepland',
    milestone: 'mijlpaal',
    every: duration => `elke ${duration}`,
    days: count => plural(count, 'dag', 'dagen'),
    phaseSpan: (from, to) => (to === null ? `vanaf ${from}` : `${from} → ${to}`),
    phaseNotScheduled: 'niet ingepland',

    changesHeading: base => `Wat is verschoven sinds ${base}`,
    changesSince: base => `Vergeleken met ${base}.`,
    noBase: base => `Dit plan bestond nog niet in ${base}: alles erin is nieuw.`,
    baseProblem: 'De basis kon niet worden gelezen',
    endMoved: (days, from, to) => `Het einde van het programma is ${plural(Math.abs(days), 'dag', 'dagen')} ${days > 0 ? 'later' : 'eerder'} komen te liggen: ${from} → ${to}.`,
    endDidNotMove: date => `Het einde van het programma is niet verschoven: ${date}.`,
    statusDateMoved: (from, to) => `Peildatum: ${from} → ${to}.`,
    milestones: count => `Mijlpalen (${count} gewijzigd)`,
    milestonesNone: 'Geen mijlpaal is verschoven.',
    activities: (moved, added, removed) => `Activiteiten (${moved} verschoven, ${added} toegevoegd, ${removed} verwijderd)`,
    activitiesNone: 'Geen activiteit is verschoven, toegevoegd of verwijderd.',
    capabilities: count => `Capabilities (${count} gewijzigd)`,
    capability: 'Capability',
    was: 'Was',
    movedBy: 'Verschoven',
    now: 'Nu',
    change: 'Wijziging',
    readyFrom: 'Klaar vanaf',
    changeName: { moved: 'verschoven', added: 'toegevoegd', removed: 'verwijderd' },
    capabilityChange: (change, days) => {
        switch (change) {
            case 'earlier': return `${plural(Math.abs(days ?? 0), 'dag', 'dagen')} eerder klaar`;
            case 'later': return `${plural(Math.abs(days ?? 0), 'dag', 'dagen')} later klaar`;
            case 'ready': return 'nu klaar (was nooit klaar)';
            case 'unready': return 'niet meer klaar';
            case 'added': return 'nieuw';
            case 'removed': return 'verwijderd';
        }
    },
    criticalPath: 'Kritiek pad',
    criticalPathUnchanged: 'Ongewijzigd:',
    criticalPathBefore: 'Voor:',
    criticalPathAfter: 'Na:',
    none: 'geen',
    moreRows: count => `… en nog ${count} (voer dtp diff uit voor de hele lijst).`,

    otherFiles: 'Andere bestanden met problemen',
    otherFilesLead: 'Deze bestanden bevatten geen programma (een catalogus van capabilities, of een plan waarvan het programma niet kon worden gelezen) en hebben problemen.',

    liveStatus: 'Live: deze pagina laadt opnieuw als een plan wordt opgeslagen.'
};

const SITE_WORDS: Readonly<Record<Locale, SiteWords>> = { en, nl };

/** The words of the site in the CLI's language (--lang or the environment). */
export function siteWords(locale: Locale): SiteWords {
    return SITE_WORDS[locale];
}

/** English, for callers that do not choose. */
export const words: SiteWords = en;
