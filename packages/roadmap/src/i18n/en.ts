// The English catalogue: every message id the product uses, and its English text. Every other catalogue has exactly
// these ids (the type `Catalogue` and packages/roadmap/test/i18n.test.ts hold them to it). A message is plain text, or
// a function of one parameter object `p` whose fields it fills in; the text of a plan reaches it only through `p`.
import { counted, joinAnd } from './join.js';

const days = (n: number) => counted(n, 'day', 'days');
const code = (text: string) => `\`${text}\``;

/** `a` / `b`: how a declaration reads in a message (`what` in the checks). */
const WHAT: Record<string, string> = {
    'capability': 'capability', 'activity': 'activity', 'milestone': 'milestone', 'transformation-plan': 'transformation plan'
};
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** `a`, `b` and 3 more: at most 12 names of a cycle, counted beyond that. */
function names(ids: readonly string[], shown: number): string {
    const quoted = ids.slice(0, shown).map(code);
    if (ids.length > shown) return `${quoted.join(', ')} and ${ids.length - shown} more`;
    return joinAnd(quoted, 'and');
}

export const en = {
    // ── Languages and dates ───────────────────────────────────────────────────────────────────────────
    'language.name': 'English',
    'months.short': 'Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec',
    'date.day': (p: { day: number; month: string; year: number }) => `${p.day} ${p.month} ${p.year}`,

    // ── The domain: phase kinds as people name them ─────────────────────────────────────────────────────
    'phase.initiation': 'Initiation',
    'phase.foundation': 'Foundation',
    'phase.improvement': 'Improvement',
    'phase.continuous-improvement': 'Continuous improvement',

    // ── Dates and durations as written in a plan (scheduler/calendar.ts): what is wrong, after the quoted value ──
    'calendar.day-first': (p: { iso: string }) => `puts the day first; write it year first: ${p.iso}`,
    'calendar.day-first-invalid': (p: { iso: string; reason: string }) => `puts the day first, and as ${p.iso} it ${p.reason}`,
    'calendar.not-a-date': 'is not a date; write YYYY-MM-DD, YYYY-MM or YYYY-Qn',
    'calendar.quarter': (p: { quarter: number }) => `names quarter ${p.quarter}; a year has quarters Q1 to Q4`,
    'calendar.quarter-day': 'adds a day to a quarter; write YYYY-Qn or YYYY-MM-DD',
    'calendar.month': (p: { month: number }) => `names month ${p.month}; months run from 01 to 12`,
    'calendar.day': (p: { month: string; last: string }) => `does not exist: ${p.month} has days 01 to ${p.last}`,
    'calendar.not-a-duration': 'is not a duration; write a whole number and a unit: d, w, m, q or y (e.g. 6w)',
    'calendar.unit': (p: { unit: string }) => `has the unknown unit '${p.unit}'; use d (days), w (weeks), m (months), q (quarters) or y (years)`,
    'calendar.not-positive': (p: { unit: string }) => `is not positive; a duration is at least 1${p.unit}`,
    'calendar.too-long': (p: { years: number; max: string }) => `is longer than ${p.years} years, more than any plan spans; check the number (at most ${p.max})`,

    // ── Diagnostics: the checks (packages/language/src/validation) ──────────────────────────────────────
    'check.missing-start': (p: { name: string; start?: string; undated: boolean }) =>
        `Programme \`${p.name}\` has no \`start\`.${!p.start ? '' : p.undated
            ? ` Its dates are counted from ${p.start}, a fixed day, because the plan gives no date at all.`
            : ` Its dates are counted from ${p.start}, the earliest date written in it.`} Add \`start YYYY-MM-DD\` (or YYYY-MM, YYYY-Qn) to the programme.`,
    'check.duplicate-phase': (p: { kind: string; firstLine: number }) =>
        `Phase \`${p.kind}\` appears twice (first on line ${p.firstLine}). Move its activities into the first \`${p.kind}\` phase and remove this one.`,
    'check.phase-order': (p: { kind: string; latest: string; order: readonly string[] }) =>
        `Phase \`${p.kind}\` is written after \`${p.latest}\`, but phases go ${p.order.join(' → ')}. Move it before \`${p.latest}\`.`,
    'check.missing-phase': (p: { name: string; kind: string; previous?: string }) =>
        `Programme \`${p.name}\` has no \`${p.kind}\` phase; a transformation runs through all four. `
        + `Add \`phase ${p.kind} { … }\`${p.previous ? ` after the \`${p.previous}\` phase` : ' before the other phases'}.`,
    'check.continuous-phase-duration': (p: { value: string }) =>
        `Continuous improvement has no end, so it takes no \`duration\` (here \`${p.value}\`). Remove it; give its activities \`every\` to make them recur.`,
    'check.continuous-activity-duration': (p: { name: string; value: string }) =>
        `\`${p.name}\` lasts \`${p.value}\`, but work in continuous improvement recurs rather than ends. `
        + `Write \`every ${p.value}\` instead of \`duration ${p.value}\`.`,
    'check.misplaced-plan-phase': (p: { name: string; phase: string }) =>
        `The transformation plan \`${p.name}\` stands in the ${p.phase} phase, but it is drafted during initiation. `
        + 'Move it to the `initiation` phase, or make it an `activity`.',
    'check.second-plan': (p: { first: string; line: number; name: string }) =>
        `A programme has one transformation plan, and \`${p.first}\` (line ${p.line}) is already it. Make \`${p.name}\` an \`activity\`.`,
    'check.plan-lookalike': (p: { name: string }) =>
        `The initiation phase has no transformation plan, but \`${p.name}\` looks like the transformation plan: `
        + `make it \`transformation-plan ${p.name} …\`.`,
    'check.missing-plan': 'The initiation phase has no transformation plan; drafting the Digital Transformation Plan is what initiation is for. '
        + 'Add `transformation-plan dtp "Digital Transformation Plan" { duration 6w }` to it.',
    'check.foundation-outside-foundation': (p: { name: string; capability: string; phase: string }) =>
        `\`${p.name}\` provides \`${p.capability}\` in the ${p.phase} phase, but capabilities are built `
        + 'in initiation or foundation, before the improvement that needs them. Move this work (or the `provides`) to the foundation phase.',
    'check.unmet-prerequisite': (p: { name: string; capability: string }) =>
        `\`${p.name}\` requires \`${p.capability}\`, but no activity provides it. Add \`provides ${p.capability}\` to a foundation activity.`,
    'check.unfounded-improvement': (p: { name: string }) =>
        `Improvement \`${p.name}\` requires no capability; new digital support pays off only on a foundation. `
        + 'Add `requires …` with the capabilities it builds on.',
    'check.unused-capability': (p: { name: string }) =>
        `No activity requires capability \`${p.name}\`. Add \`requires ${p.name}\` to the improvement that needs it, or remove the declaration.`,
    'check.backward-after': (p: { name: string; phase: string; target: string; targetPhase: string }) =>
        `\`${p.name}\` (${p.phase}) is after \`${p.target}\`, which belongs to the later ${p.targetPhase} phase; `
        + 'work depends only on its own or earlier phases. '
        + `Move \`${p.target}\` to an earlier phase, or remove \`${p.target}\` from this \`after\`.`,
    'check.backward-requires': (p: { name: string; phase: string; capability: string; provider: string; providerPhase: string }) =>
        `\`${p.name}\` (${p.phase}) requires \`${p.capability}\`, which \`${p.provider}\` provides only in the `
        + `later ${p.providerPhase} phase; work depends only on its own or earlier phases. `
        + `Provide \`${p.capability}\` earlier, or move \`${p.name}\` to a later phase.`,
    'check.duplicate-import': (p: { name: string; place: string; earlier: string }) =>
        `This import brings in capability \`${p.name}\` from ${p.place}, but ${p.earlier} already declares it. Rename or remove one of them.`,
    'check.place': (p: { file: string; line: number }) => `${p.file} (line ${p.line})`,
    'check.clash-kinds': (p: { name: string; first: string; second: string; where: string }) =>
        `${capitalise(WHAT[p.first] ?? p.first)} \`${p.name}\` (${p.where}) and ${WHAT[p.second] ?? p.second} \`${p.name}\` here have the same name. `
        + 'Activities and capabilities share one set of names, so that a name in `after`, `provides` or `requires` always means one thing: rename one of them.',
    'check.clash-twice': (p: { name: string; what: string; line?: number; place?: string }) =>
        `${capitalise(WHAT[p.what] ?? p.what)} \`${p.name}\` is declared twice: here and ${p.place ? `in ${p.place}` : `on line ${p.line}`}. Rename or remove one of them.`,
    'check.clash-other': (p: { name: string; first: string; second: string; where: string }) =>
        `${capitalise(WHAT[p.first] ?? p.first)} \`${p.name}\` (${p.where}) and ${WHAT[p.second] ?? p.second} \`${p.name}\` here have the same name; `
        + 'an id names one thing in a programme. Rename one of them.',
    'check.where-line': (p: { line: number }) => `line ${p.line}`,
    'check.where-file-line': (p: { file: string; line: number }) => `${p.file}, line ${p.line}`,
    'check.duplicate-programme': (p: { first: string; line: number; name: string }) =>
        `This file already holds programme \`${p.first}\` (line ${p.line}); a file holds one programme. Move \`${p.name}\` to a file of its own.`,
    'check.duplicate-property': (p: { keyword: string; element: string; name?: string; firstLine: number }) =>
        `\`${p.keyword}\` is given twice in ${p.element}${p.name ? ` \`${p.name}\`` : ''} (first on line ${p.firstLine}); only the last one counts. Remove one of them.`,
    'check.import-empty': 'This import has an empty path. Write the path of a .dtp file relative to this file, e.g. `import "./capabilities.dtp"`.',
    'check.import-self': 'This file imports itself. Remove this import.',
    'check.import-refused': (p: { path: string; problem: string }) => `\`${p.path}\` cannot be imported: ${p.problem}.`,
    'check.import-not-loaded': (p: { path: string; resolved: string }) =>
        `\`${p.path}\` (resolved to ${p.resolved}) exists but is not loaded, so its capabilities are unknown here. `
        + 'Open a folder that contains it, or move it next to this plan.',
    'check.import-missing': (p: { path: string; resolved: string }) =>
        `Cannot find \`${p.path}\` (resolved to ${p.resolved}). Check the path; it is relative to this file.`,
    'check.import-programme': (p: { path: string; programme?: string; line: number }) =>
        `\`${p.path}\` holds ${p.programme ? `programme \`${p.programme}\`` : 'a programme'} (line ${p.line}), but an imported file may hold only `
        + 'imports and capabilities. Move the capabilities you need into a catalogue file and import that instead.',
    'check.bad-name': (p: { name: string; character: string; space?: string; suggestion?: string }) =>
        `\`${p.name}\` cannot be a name: ${p.space ? `a space (${p.space})` : code(p.character)} is not a letter, digit, \`_\` or \`-\`. `
        + `Rename it${p.suggestion ? `, e.g. \`${p.suggestion}\`` : ''}, or put the text in the quoted label.`,
    'check.date-day-first': (p: { value: string; iso: string }) =>
        `Date \`${p.value}\` puts the day first; DTP writes dates year first. Write \`${p.iso}\`.`,
    'check.invalid-date': (p: { value: string; problem: string }) =>
        `Date \`${p.value}\` ${p.problem}. Write a date that exists: YYYY-MM-DD, YYYY-MM or YYYY-Qn.`,
    'check.invalid-duration': (p: { value: string; problem: string }) =>
        `Duration \`${p.value}\` ${p.problem}. Write a positive whole number and a unit, e.g. 6w.`,
    'check.every-outside-continuous': (p: { name: string; phase: string; value: string }) =>
        `\`every\` makes \`${p.name}\` recur, but only continuous improvement recurs; in the ${p.phase} phase work lasts. `
        + `Write \`duration ${p.value}\`, or move \`${p.name}\` to the continuous-improvement phase.`,
    'check.phase-kind-meant': (p: { written: string; kind: string }) =>
        `\`${p.written}\` is not a phase kind. Did you mean \`${p.kind}\`? The phase is checked as ${p.kind}.`,
    'check.phase-kind-unknown': (p: { written: string; kinds: readonly string[] }) =>
        `\`${p.written}\` is not a phase kind. A phase is one of ${p.kinds.map(code).join(', ')}.`,
    'check.activity-kind-meant': (p: { written: string; kind: string }) => `\`${p.written}\` is not a kind of work. Did you mean \`${p.kind}\`?`,
    'check.activity-kind-unknown': (p: { written: string }) =>
        `\`${p.written}\` is not a kind of work: write \`activity\`, \`milestone\` or \`transformation-plan\`. It is checked as an activity.`,
    'check.milestone-length': (p: { name?: string; keyword: string; value: string }) =>
        `Milestone ${p.name ? code(p.name) : 'A milestone'} has \`${p.keyword} ${p.value}\`, but a milestone is a moment and lasts no time. `
        + `Remove \`${p.keyword}\`, or make it an \`activity\` if it is work that takes ${p.value}.`,
    'check.invalid-progress': (p: { value: number }) =>
        `Progress \`${p.value}%\` is not a percentage of work done. Write a value from 0% to 100%.`,
    'check.phase-starts-early': (p: { kind: string; start: string; previous: string; previousStart: string; fix: string }) =>
        `The ${p.kind} phase starts ${p.start}, before the ${p.previous} phase it follows starts (${p.previousStart}). `
        + `Phases may overlap, but not out of order: ${p.fix}`,
    'check.phase-starts-early.move-start': (p: { previousStart: string }) => `move its \`start\` to ${p.previousStart} or later.`,
    'check.phase-starts-early.give-start': (p: { previousStart: string }) => `give it a \`start\` of ${p.previousStart} or later.`,
    'check.phase-starts-early.pinned': (p: { id: string; start: string; previousStart: string }) =>
        `\`${p.id}\` is fixed to start ${p.start}; move that start to ${p.previousStart} or later, or remove it so the activity follows its dependencies.`,
    'check.phase-starts-early.free': (p: { id: string; previous: string; previousStart: string }) =>
        `\`${p.id}\` waits for nothing; let it follow ${p.previous} work with \`after\` or \`requires\`, or give the phase a \`start\` of ${p.previousStart} or later.`,
    'check.continuous-too-early': (p: { start: string; improvementLast: string; fix: string }) =>
        `Continuous improvement starts ${p.start}, before the improvement phase ends (its last day is ${p.improvementLast}); `
        + `it is the lasting state after the programme, not part of it. ${p.fix}`,
    'check.continuous-too-early.move-start': (p: { end: string }) =>
        `Move its \`start\` to ${p.end} or later, or remove it so the phase begins when improvement ends.`,
    'check.continuous-too-early.pinned': (p: { id: string; start: string; end: string }) =>
        `\`${p.id}\` is fixed to start ${p.start}: move that start to ${p.end} or later, or remove it.`,
    'check.continuous-too-early.give-start': (p: { end: string }) => `Give the phase a \`start\` of ${p.end} or later.`,
    'check.phase-ends-early': (p: { kind: string; last: string; previous: string; previousLast: string; because: 'duration' | 'activity' | 'none'; id?: string; idLast?: string }) =>
        `The ${p.kind} phase ends on ${p.last}, before the ${p.previous} phase it follows ends on ${p.previousLast}`
        + `${p.because === 'duration' ? ' (its `duration`)' : p.because === 'activity' ? ` (\`${p.id}\` ends on ${p.idLast})` : ''}. `
        + `A phase may overlap its predecessor but not overtake it: plan ${p.kind} work to end on ${p.previousLast} or later, `
        + `or finish the ${p.previous} work sooner.`,
    'check.phase-too-short': (p: { kind: string; duration: string; last: string; id: string; idLast: string; days: number }) =>
        `The ${p.kind} phase lasts ${p.duration} and ends on ${p.last}, but \`${p.id}\` in it ends on ${p.idLast}, `
        + `${days(p.days)} later. Lengthen the phase, remove its \`duration\` so it spans its work, or shorten \`${p.id}\`.`,
    'check.move-or-remove-start': (p: { date: string }) => `Move the start to ${p.date} or later, or remove the fixed start.`,
    'check.ends-on': (p: { id: string; date: string }) => `\`${p.id}\` ends on ${p.date}`,
    'check.prerequisite-late': (p: { id: string; start: string; capability: string; ready: string; predecessor: string; days: number; fix: string }) =>
        `\`${p.id}\` starts ${p.start} but requires \`${p.capability}\`, which is ready only on ${p.ready} `
        + `(after \`${p.predecessor}\`), ${days(p.days)} later. ${p.fix}`,
    'check.dependency-violated': (p: { id: string; start: string; predecessor: string; end: string; lag?: { sign: string; offset: string; date: string }; days: number; fix: string }) =>
        `\`${p.id}\` is fixed to start ${p.start} but comes after \`${p.predecessor}\`, which ends on ${p.end}`
        + `${p.lag ? ` and the ${p.lag.sign === '+' ? 'lag' : 'lead'} \`${p.lag.sign} ${p.lag.offset}\` lets it start on ${p.lag.date}` : ''}: `
        + `${days(p.days)} too early. ${p.fix}`,
    'check.outside-calendar': (p: { id: string }) =>
        `\`${p.id}\` would end after 9999-12-31, beyond any calendar: it and the work that waits for it get no dates. `
        + 'Shorten its duration or correct its start.',
    'check.cycle-self': (p: { id: string; trail: string; others: readonly string[]; shown: number }) =>
        `\`${p.id}\` waits for itself (${p.trail}), so it cannot be scheduled.`
        + `${p.others.length ? ` ${names(p.others, p.shown)} ${p.others.length === 1 ? 'is' : 'are'} caught in the same tangle.` : ''} Remove that dependency.`,
    'check.cycle': (p: { members: readonly string[]; trail: string; others: readonly string[]; shown: number }) =>
        `${names(p.members, p.shown)} wait for each other in a cycle: ${p.trail}. None of them can be scheduled.`
        + `${p.others.length ? ` ${names(p.others, p.shown)} ${p.others.length === 1 ? 'is' : 'are'} caught in the same tangle.` : ''} `
        + 'Remove or reverse one of these dependencies to break the cycle.',
    'check.cycle.trail': (p: { first: string; more: number; last: string }) => `${p.first} → … ${p.more} more … → ${p.last}`,
    'check.cycle.step-after': (p: { to: string; from: string }) => `\`${p.to}\` comes after \`${p.from}\``,
    'check.cycle.step-requires': (p: { to: string; capability: string; from: string }) =>
        `\`${p.to}\` requires \`${p.capability}\`, which \`${p.from}\` provides`,
    'check.this-activity': 'this activity',
    'check.done-with-progress': (p: { name: string; progress: number }) =>
        `\`${p.name}\` is \`status done\` but \`progress ${p.progress}%\`. Done work is 100% done: `
        + 'set the progress to 100% (or remove it), or make the status `active` if work remains.',
    'check.planned-with-progress': (p: { name: string; progress: number }) =>
        `\`${p.name}\` is \`status planned\` but \`progress ${p.progress}%\`: work with progress has started. `
        + 'Make the status `active` and record `started`, or set the progress to 0%.',
    'check.planned-but-started': (p: { name: string; started: string }) =>
        `\`${p.name}\` is \`status planned\` but records \`started ${p.started}\`. Make the status \`active\` (or remove \`started\` if it has not begun).`,
    'check.active-but-finished': (p: { name: string; finished: string }) =>
        `\`${p.name}\` is \`status active\` but records \`finished ${p.finished}\`. Make the status \`done\`, or remove \`finished\` if work goes on.`,
    'check.finished-before-started': (p: { name: string; finished: string; started: string }) =>
        `\`${p.name}\` finished ${p.finished}, before it started (${p.started}). Correct one of the two dates.`,
    'check.fact-after-status-date': (p: { name: string; keyword: string; date: string; statusDate: string }) =>
        `\`${p.name}\` records \`${p.keyword} ${p.date}\`, but the status date is ${p.statusDate}: recorded facts lie before it. `
        + 'Correct the date, or move the programme\'s `status-date` past it.',
    'check.overdue': (p: { milestone: boolean; id: string; due: string; statusDate: string; forecast: string }) =>
        `${p.milestone ? 'Milestone ' : ''}\`${p.id}\` ${p.milestone ? `was due on ${p.due}` : `was planned to end on ${p.due}`} `
        + `but is not done on the status date ${p.statusDate}${p.forecast}. `
        + (p.milestone ? 'Record `finished` with the day it was reached, or re-plan it.'
            : 'Record `finished` with its last day if it is done, or update its progress.'),
    'check.late-start': (p: { id: string; start: string; statusDate: string; forecast: string }) =>
        `\`${p.id}\` was planned to start on ${p.start} but has not started by the status date ${p.statusDate}${p.forecast}. `
        + 'Record `started` (or `status active`) if work has begun; otherwise re-plan it.',
    'check.behind-schedule': (p: { id: string; progress?: number; forecastLast: string; days: number; plannedLast: string }) =>
        `\`${p.id}\` is active ${p.progress === undefined ? 'with no progress recorded' : `at ${p.progress}%`} and forecast to end on ${p.forecastLast}, `
        + `${days(p.days)} after its planned last day ${p.plannedLast}. Update its progress if it is further along, or plan for the later end.`,
    'check.milestone-slip': (p: { id: string; forecast: string; days: number; planned: string; driver?: string; driverForecast?: string; driverPlanned?: string }) =>
        `Milestone \`${p.id}\` is now forecast for ${p.forecast}, ${days(p.days)} later than planned (${p.planned})`
        + `${p.driver ? `, driven by \`${p.driver}\`${p.driverForecast ? ` (forecast to end on ${p.driverForecast} instead of ${p.driverPlanned})` : ''}` : ''}`
        + '. Bring that work back on schedule, or accept the new date in the plan.',
    'check.forecast-late': (p: { milestone: boolean; date: string; days: number }) =>
        `; the forecast ${p.milestone ? `puts it on ${p.date}` : `ends it on ${p.date}`}, ${days(p.days)} late`,

    // ── Diagnostics: names that do not resolve (validation/document-validator.ts) ─────────────────────────
    'reference.unresolved': (p: { name: string; kind: 'activity' | 'capability'; programme?: string; suggestion?: string }) =>
        `No ${p.kind} \`${p.name}\` in ${p.kind === 'capability' ? 'this file or its imports' : p.programme ? `programme \`${p.programme}\`` : 'this programme'}.`
        + (p.suggestion ? ` Did you mean \`${p.suggestion}\`?`
            : p.kind === 'activity' ? ` Declare \`activity ${p.name}\` in one of its phases, or correct the name.`
            : ` Declare \`capability ${p.name} "…" facility\` (or \`competence\`), import the file that declares it, or correct the name.`),
    'reference.capability-in-after': (p: { name: string }) =>
        `\`${p.name}\` is a capability, not an activity, and \`after\` names activities. `
        + `Write \`requires ${p.name}\` to wait for what provides it, or name an activity here.`,
    'reference.activity-in-requires': (p: { name: string }) =>
        `\`${p.name}\` is an activity, not a capability, and \`requires\` names capabilities. `
        + `Write \`after ${p.name}\` to wait for it, or require a capability that \`${p.name}\` provides.`,
    'reference.activity-in-provides': (p: { name: string }) =>
        `\`${p.name}\` is an activity, not a capability, and \`provides\` names capabilities. `
        + `Declare a capability (\`capability ${p.name}-ready "…" facility\`) and provide that.`,
    'syntax.more-not-shown': (p: { count: number }) =>
        ` (${p.count === 1 ? '1 more syntax error is' : `${p.count} more syntax errors are`} not shown; fix these first.)`,

    // ── Diagnostics: syntax (parser/syntax-errors.ts) ────────────────────────────────────────────────────
    'syntax.terminal.ID': 'a name',
    'syntax.terminal.STRING': 'a quoted text',
    'syntax.terminal.DATE': 'a date such as 2027-01-04, 2027-03 or 2027-Q2',
    'syntax.terminal.DURATION': 'a duration such as 6w (d, w, m, q or y)',
    'syntax.terminal.INT': 'a whole number',
    'syntax.block.Plan': 'the file',
    'syntax.block.Programme': 'the programme',
    'syntax.block.Phase': 'the phase',
    'syntax.block.Activity': 'the activity',
    'syntax.home.top': 'at the top of a file',
    'syntax.home.Programme': 'in a programme',
    'syntax.home.Phase': 'in a phase',
    'syntax.home.Activity': 'in an activity',
    'syntax.end-of-file': 'the end of the file',
    'syntax.after': (p: { token: string }) => ` after \`${p.token}\``,
    'syntax.more-text': 'more text',
    'syntax.or': (p: { items: readonly string[]; more: boolean }) => `${p.items.slice(0, -1).join(', ')} or ${p.items[p.items.length - 1]}${p.more ? ', …' : ''}`,
    'syntax.file-ends-inside': (p: { block: string }) => `The file ends inside ${p.block}. Add the missing \`}\` to close it.`,
    'syntax.close-before-keyword': (p: { block: string; word: string; home: string }) =>
        `Expected \`}\` to close ${p.block} before \`${p.word}\`, which belongs ${p.home}. Add the missing \`}\`.`,
    'syntax.close-expected': (p: { block: string; after: string; found: string }) =>
        `Expected \`}\` to close ${p.block}${p.after}, found ${p.found}. Add the missing \`}\`.`,
    'syntax.expected': (p: { expected: string; after: string; found: string }) => `Expected ${p.expected}${p.after}, found ${p.found}.`,
    'syntax.after-programme': (p: { found: string }) =>
        `Unexpected ${p.found} after the end of the programme. Remove it, or check the braces above: an extra \`}\` closes a block too early.`,
    'syntax.unknown-word': (p: { found: string; block: string; suggestion?: string; known: readonly string[] }) =>
        `Unknown word ${p.found} in ${p.block}.`
        + (p.suggestion ? ` Did you mean \`${p.suggestion}\`?` : ` Expected one of ${p.known.map(code).join(', ')}, or \`}\` to close it.`),
    'syntax.unclosed-text': 'This text has no closing `"` on its line. Add the closing quote; write `\\"` for a quote inside the text.',
    'syntax.unexpected-characters': (p: { count: number; shown: string; binary: boolean }) =>
        `Unexpected ${p.count === 1 ? 'character' : 'characters'} ${p.shown}${p.binary ? ' (this looks like a binary file, or text that is not UTF-8)' : ''}: `
        + 'a plan holds names, keywords, "quoted texts", dates, durations '
        + `and // comments. Remove ${p.count === 1 ? 'it' : 'them'} or put ${p.count === 1 ? 'it' : 'them'} inside quotes.`,

    // ── Hover (packages/language/src/lsp/hover.ts): Markdown; keywords of the plan stay as written ──────
    'state.planned': 'planned',
    'state.active': 'active',
    'state.done': 'done',
    'hover.phase': (p: { kind: string }) => `- Phase: ${p.kind}`,
    'hover.duration': (p: { value: string }) => `- Duration: ${p.value}`,
    'hover.not-scheduled-errors': '- Not scheduled yet: fix the errors in this plan to see its dates',
    'hover.provides': (p: { list: string }) => `- Provides: ${p.list}`,
    'hover.requires': (p: { capability: string; providers?: string; known: boolean }) =>
        `- Requires \`${p.capability}\`: ${p.providers ? `provided by ${p.providers}` : p.known ? '**nobody provides it**' : 'see its providers after scheduling'}`,
    'hover.after': (p: { list: string }) => `- After: ${p.list}`,
    'hover.owner': (p: { owner: string }) => `- Owner: ${p.owner}`,
    'hover.status': (p: { status: string; progress?: number }) => `- Status: ${p.status}${p.progress !== undefined ? ` (${p.progress}%)` : ''}`,
    'hover.planned': (p: { span: string }) => `- Planned: ${p.span}`,
    'hover.forecast': (p: { span: string }) => `- Forecast: ${p.span}`,
    'hover.variance': (p: { variance: string }) => `- Variance: ${p.variance}`,
    'hover.fact.started': (p: { date: string }) => `started ${p.date}`,
    'hover.fact.finished': (p: { date: string }) => `finished ${p.date}`,
    'hover.fact.progress': (p: { progress: number }) => `${p.progress}% done`,
    'hover.state': (p: { date: string; state: string; facts: readonly string[] }) =>
        `- State on ${p.date}: ${p.state}${p.facts.length > 0 ? ` (${p.facts.join(', ')})` : ''}`,
    'hover.health': (p: { health: string }) => `- Health: ${p.health}`,
    'hover.health.done': 'done',
    'hover.health.on-track': 'on track',
    'hover.health.at-risk': '**at risk**: later than planned, within its slack',
    'hover.health.late': '**late**: it moves the end of the programme',
    'hover.pinned': '- Pinned by its fixed `start`',
    'hover.critical-forecast': '- **Critical** in the forecast: any further delay moves the end of the programme',
    'hover.slack-forecast': (p: { days: number }) => `- Slack in the forecast: ${days(p.days)}`,
    'hover.span.not-scheduled': 'not scheduled',
    'hover.span.from': (p: { start: string; every?: string }) => `from ${p.start}${p.every ? ` (every ${p.every})` : ''}`,
    'variance.on-plan': 'on plan',
    'variance.late': (p: { days: number }) => `+${days(p.days)}`,
    'variance.early': (p: { days: number }) => `${days(p.days)} early`,
    'hover.not-scheduled-cycle': '- **Not scheduled**: it is part of a dependency cycle',
    'hover.recurs': (p: { start: string; every: string }) => `- Starts ${p.start}, recurs every ${p.every} (no end)`,
    'hover.milestone-on': (p: { date: string }) => `- Milestone on ${p.date}`,
    'hover.start': (p: { date: string }) => `- Start: ${p.date}`,
    'hover.last-day': (p: { last: string; next: string }) => `- Last day: ${p.last} (successors start ${p.next})`,
    'hover.critical': '- **Critical**: no slack — any delay moves the end of the programme',
    'hover.slack': (p: { days: number }) => `- Slack: ${days(p.days)}`,
    'hover.kind': (p: { kind: string }) => `- Kind: ${p.kind}`,
    'hover.ready-from': (p: { date: string }) => `- Ready from ${p.date}`,
    'hover.provided-by': (p: { list?: string; name: string }) =>
        `- Provided by: ${p.list ?? `**nobody** — add \`provides ${p.name}\` to a foundation activity`}`,
    'hover.required-by': (p: { list?: string }) => `- Required by: ${p.list ?? 'nobody yet'}`,
    'hover.programme-span': (p: { start: string; last: string }) => `- ${p.start} → ${p.last} (continuous improvement goes on)`,
    'hover.programme-counts': (p: { activities: number; phases: number; critical: number }) =>
        `- ${counted(p.activities, 'activity', 'activities')} in ${counted(p.phases, 'phase', 'phases')}; critical path: ${counted(p.critical, 'activity', 'activities')}`,
    'hover.not-scheduled': '- Not scheduled yet',
    'hover.status-date': (p: { date: string }) => `- Status date: ${p.date}`,
    'hover.forecast-programme': (p: { span: string; variance?: string }) =>
        `- Forecast: ${p.span}${p.variance ? ` (${p.variance})` : ''}; continuous improvement goes on`,
    'hover.programme-health': (p: { done: number; late: number; atRisk: number }) => `- ${p.done} done, ${p.late} late, ${p.atRisk} at risk`,
    'hover.open-ended': 'open-ended',
    'hover.phase-from': (p: { forecast: boolean; start: string }) => `- ${p.forecast ? 'Forecast: from' : 'From'} ${p.start}, open-ended`,
    'hover.phase-span': (p: { forecast: boolean; start: string; last: string; activities: number }) =>
        `- ${p.forecast ? 'Forecast: ' : ''}${p.start} → ${p.last} (${counted(p.activities, 'activity', 'activities')})`,
    'hover.intensity': (p: { intensity: string }) => `- Intensity: ${p.intensity}`,
    'hover.ready': (p: { date: string }) => ` (ready ${p.date})`,

    // ── Completion details and inlay hints (lsp/completion.ts, lsp/inlay-hints.ts, lsp/schedule.ts) ────────
    'span.from-every': (p: { start: string; every: string }) => `from ${p.start}, every ${p.every}`,
    'span.from': (p: { start: string }) => `from ${p.start}`,
    'slack.critical': 'critical',
    'slack.days': (p: { days: number }) => `slack ${p.days}d`,
    'completion.today': 'today',
    'completion.planned-start': 'planned start',
    'completion.planned-date': 'planned date',
    'completion.planned-last-day': 'planned last day',
    'completion.day-before-status': (p: { date: string }) => `the day before the status date ${p.date}`,
    'completion.ends': (p: { end: string; last: string }) => `ends ${p.end} (last day ${p.last})`,
    'completion.snippet.programme': 'A programme with its start and the four phases',
    'completion.snippet.phase': 'A phase block',
    'completion.snippet.activity': 'An activity with a duration',
    'completion.snippet.capability': 'A capability: competence or facility',
    'completion.snippet.plan-label': 'Digital Transformation Plan',
    'completion.snippet.title': 'Title',
    'completion.snippet.label': 'Label',
    'inlay.ends': (p: { end: string }) => `Ends ${p.end} (exclusive): successors start that day`,
    'inlay.forecast': (p: { date: string; planned?: string }) => `Forecast as of the status date ${p.date}${p.planned ? `; planned ${p.planned}` : ''}.`,
    'inlay.variance-late': (p: { days: number }) => `+${p.days}d`,
    'inlay.variance-early': (p: { days: number }) => `${p.days}d early`,

    // ── The dtp command (packages/cli) ───────────────────────────────────────────────────────────────────
    'cli.severity.error': 'error',
    'cli.severity.warning': 'warning',
    'cli.severity.info': 'info',
    'cli.severity.hint': 'hint',
    'cli.count.errors': (p: { count: number }) => counted(p.count, 'error', 'errors'),
    'cli.count.warnings': (p: { count: number }) => counted(p.count, 'warning', 'warnings'),
    'cli.count.infos': (p: { count: number }) => counted(p.count, 'info', 'infos'),
    'cli.count.hints': (p: { count: number }) => counted(p.count, 'hint', 'hints'),
    'cli.count.files': (p: { count: number }) => counted(p.count, 'file', 'files'),
    'cli.summary.clean': (p: { files: string }) => `✓ no problems in ${p.files}`,
    'cli.summary.counts': (p: { counts: string; files: string }) => `${p.counts} in ${p.files}`,
    'cli.note.schedule-errors': (p: { file: string; errors: number; operand: string }) =>
        `dtp: ${p.file} has ${counted(p.errors, 'error', 'errors')}; the schedule shows only what could be scheduled: run \`dtp validate ${p.operand}\` to see and fix them`,
    'cli.note.render-errors': (p: { file: string; errors: number; operand: string }) =>
        `dtp: ${p.file} has ${counted(p.errors, 'error', 'errors')}; the roadmap shows what could be scheduled with the problems marked: run \`dtp validate ${p.operand}\` to see and fix them`,
    'cli.note.diff-errors': (p: { file: string; errors: number; operand: string }) =>
        `dtp: ${p.file} has ${counted(p.errors, 'error', 'errors')}; the comparison uses what could be scheduled: run \`dtp validate ${p.operand}\` to see and fix them`,
    'cli.error.no-such-file': (p: { path: string }) => `${p.path}: no such file or directory`,
    'cli.error.permission': (p: { path: string }) => `${p.path}: permission denied; check the file's permissions`,
    'cli.error.is-directory': (p: { path: string }) => `${p.path} is a directory, not a file`,
    'cli.error.no-plans': (p: { dir: string; extension: string }) =>
        `${p.dir}: no ${p.extension} plans in this directory (node_modules is skipped); pass a plan file or run \`dtp init ${p.dir}\``,
    'cli.error.not-file-or-dir': (p: { path: string }) => `${p.path} is neither a file nor a directory; pass a .dtp file, a directory or a glob`,
    'cli.error.no-match': (p: { pattern: string }) => `${p.pattern}: no files match this pattern; check the pattern and the working directory`,
    'cli.error.bad-date-option': (p: { option: string; value: string; problem: string }) => `${p.option}: '${p.value}' ${p.problem}`,
    'cli.error.one-plan': (p: { operand: string; count: number; command: string }) => `${p.operand} names ${p.count} plans; dtp ${p.command} takes one plan file`,
    'cli.error.no-programme': (p: { file: string; command: string }) =>
        `${p.file} holds no programme (a capability catalogue has nothing to ${p.command}); pass the plan that imports it`,
    'cli.init.wrote': (p: { file: string; dir: string }) => `Wrote ${p.file}\nNext: dtp validate ${p.dir} && dtp schedule ${p.file}`,
    'cli.error.init-not-directory': (p: { dir: string }) => `${p.dir} exists and is not a directory; choose a directory for the plan`,
    'cli.error.init-exists': (p: { file: string }) => `${p.file} already exists; choose another directory (dtp init DIR) or delete the file first`,
    'cli.error.init-permission': (p: { file: string }) => `cannot write ${p.file}: permission denied; choose a directory you can write to`,
    'cli.error.init-write': (p: { file: string; reason: string }) => `cannot write ${p.file}: ${p.reason}`,
    'cli.error.binary-needs-output': (p: { format: string }) =>
        `--format ${p.format} writes binary data: give the file to write with -o, e.g. -o roadmap.${p.format} (or -o - to pipe it)`,
    'cli.error.binary-to-terminal': (p: { format: string }) =>
        `--format ${p.format} writes binary data, and standard output is a terminal: redirect it (-o - > roadmap.${p.format}) or give a file with -o roadmap.${p.format}`,

    // ── dtp schedule: the table (packages/cli/src/format/schedule-table.ts) ─────────────────────────────────
    'table.phase': 'Phase',
    'table.activity': 'Activity',
    'table.label': 'Label',
    'table.kind': 'Kind',
    'table.start': 'Start',
    'table.end': 'End',
    'table.duration': 'Duration',
    'table.slack': 'Slack',
    'table.critical': 'Critical',
    'table.owner': 'Owner',
    'table.status': 'Status',
    'table.progress': 'Progress',
    'table.planned-start': 'Planned start',
    'table.planned-end': 'Planned end',
    'table.forecast-start': 'Forecast start',
    'table.forecast-end': 'Forecast end',
    'table.variance': 'Variance',
    'table.state': 'State',
    'table.health': 'Health',
    'table.no-activities': '(no activities)',
    'table.no-phase': '(no phase)',
    'table.ongoing': 'ongoing',
    'table.every': (p: { every: string }) => `every ${p.every}`,
    'table.programme': (p: { id: string; title: string; forecast: boolean; start: string; last: string; days: number }) =>
        `Programme ${p.id}${p.title ? ` "${p.title}"` : ''}: ${p.forecast ? 'forecast ' : ''}${p.start} to ${p.last} (${days(p.days)}; continuous improvement goes on)`,
    'table.status-date': (p: { date: string }) => `Status date: ${p.date} (the forecast counts what is recorded until the start of this day)`,
    'table.phase-not-scheduled': 'not scheduled',
    'table.phase-onwards': (p: { start: string }) => `${p.start} onwards (no end)`,
    'table.phase-span': (p: { start: string; last: string }) => `${p.start} to ${p.last}`,
    'table.no-critical-path': 'Critical path: none (nothing could be scheduled)',
    'table.critical-path': (p: { count: number; shown: string; more: number }) =>
        `Critical path (${counted(p.count, 'activity', 'activities')}, zero slack): ${p.shown}${p.more > 0 ? ` … (${p.more} more)` : ''}`,
    'table.today-nothing': (p: { today: string }) => `Today (${p.today}): nothing in progress by the schedule`,
    'table.today-running': (p: { today: string; names: string; more: number }) =>
        `Today (${p.today}): in progress by the schedule: ${p.names}${p.more > 0 ? ` and ${p.more} more` : ''}`,
    'table.attention': 'Needs attention',
    'table.attention-none': '  nothing: no activity is overdue, late to start, behind schedule or slipping',
    'table.attention-more': (p: { more: number }) => `  … and ${p.more} more (dtp validate lists them all)`,
    'table.programme-end': (p: { planned: string; forecast: string; moved: string }) => `Programme end: planned ${p.planned}, forecast ${p.forecast} (${p.moved})`,
    'table.on-plan': 'on plan',
    'table.overdue': (p: { planned: string; forecast: string; variance: string }) => `overdue: planned to end ${p.planned}, not done; forecast ${p.forecast} (${p.variance})`,
    'table.late-start': (p: { planned: string; forecast: string; variance: string }) => `late start: planned to start ${p.planned}, not started; forecast ${p.forecast} (${p.variance})`,
    'table.behind-schedule': (p: { planned: string; forecast: string; variance: string }) => `behind schedule: planned to end ${p.planned}, forecast ${p.forecast} (${p.variance})`,
    'table.milestone-slip': (p: { planned: string; forecast: string; variance: string }) => `milestone slipping: planned ${p.planned}, forecast ${p.forecast} (${p.variance})`,
    'table.health.done': '✓ done',
    'table.health.on-track': '● on track',
    'table.health.at-risk': '▲ at risk',
    'table.health.late': '✖ late',

    // ── The roadmap's own words (packages/roadmap: svg, html, markdown, mermaid, tracking) ─────────────────
    'render.title': (p: { title: string }) => `${p.title} — roadmap`,
    'render.span': (p: { forecast: boolean; start: string; last: string }) => `${p.forecast ? 'forecast ' : ''}${p.start} → ${p.last}`,
    'render.shown-of': (p: { shown: number; total: number; filter: string }) => `${p.shown} of ${p.total} activities (${p.filter})`,
    'render.activities': (p: { count: number }) => `${p.count} activities`,
    'render.folded': (p: { all: boolean; count: number; owners: boolean }) =>
        `${p.all ? 'all' : p.count} ${p.owners ? 'owner' : 'phase'} ${p.count === 1 && !p.all ? 'group' : 'groups'} folded`,
    'render.owner': (p: { owner: string }) => `owner: ${p.owner}`,
    'render.by-owner': 'by owner',
    'render.critical-count': (p: { count: number }) => `critical path: ${p.count} activities`,
    'render.status-date': (p: { date: string }) => `Status date ${p.date}`,
    'render.forecast-end': (p: { end: string; planned?: string; moved: string }) => `forecast end ${p.end}${p.planned ? ` (planned ${p.planned}, ${p.moved})` : ''}`,
    'render.today-outside': (p: { date: string; before: boolean }) =>
        `Today (${p.date}) is ${p.before ? 'before this roadmap starts' : 'after this roadmap ends'}`,
    'render.today': (p: { date: string }) => `Today ${p.date}`,
    'render.from-no-end': (p: { start: string }) => `from ${p.start}, no end`,
    'render.from-ongoing': (p: { start: string }) => `from ${p.start}, ongoing`,
    'render.not-scheduled': 'not scheduled',
    'render.intensity': (p: { intensity: string }) => `${p.intensity} intensity`,
    'render.count.activities': (p: { count: number }) => `${p.count.toLocaleString('en')} ${p.count === 1 ? 'activity' : 'activities'}`,
    'render.folded-count': (p: { count: number }) => `folded · ${p.count.toLocaleString('en')} ${p.count === 1 ? 'activity' : 'activities'}`,
    'render.folded-meta': (p: { meta: string }) => `folded · ${p.meta}`,
    'render.dep-requires': (p: { to: string; capability?: string; from: string }) => `${p.to} requires ${p.capability ?? 'a capability'} from ${p.from}`,
    'render.dep-after': (p: { to: string; from: string; offset: number }) =>
        `${p.to} after ${p.from}${p.offset ? ` ${p.offset > 0 ? '+' : '−'} ${Math.abs(p.offset)} days` : ''}`,
    'render.kind.activity': 'activity',
    'render.kind.milestone': 'milestone',
    'render.kind.transformation-plan': 'transformation plan',
    'render.tip.not-scheduled': 'Not scheduled: it is part of a dependency cycle; break the cycle to give it dates.',
    'render.tip.forecast': (p: { value: string }) => `Forecast: ${p.value}`,
    'render.tip.planned': (p: { value: string }) => `Planned: ${p.value}`,
    'render.tip.variance': (p: { value: string }) => `Variance: ${p.value}`,
    'render.tip.state': (p: { state: string }) => `State: ${p.state}`,
    'render.tip.progress-done': (p: { progress: string }) => `${p.progress} done`,
    'render.tip.health': (p: { health: string }) => `health ${p.health}`,
    'render.tip.from': (p: { start: string; every?: string }) => `From ${p.start}${p.every ? `, every ${p.every}` : ''}, no end`,
    'render.tip.span': (p: { start: string; last: string; days: number }) => `${p.start} → ${p.last} (${p.days} days)`,
    'render.tip.owner': (p: { owner: string }) => `Owner: ${p.owner}`,
    'render.tip.status': (p: { status: string; progress?: number }) => `Status: ${p.status}${p.progress !== undefined ? `, ${p.progress}%` : ''}`,
    'render.tip.provides': (p: { list: string }) => `Provides: ${p.list}`,
    'render.tip.requires': (p: { list: string }) => `Requires: ${p.list}`,
    'render.tip.after': (p: { list: string }) => `After: ${p.list}`,
    'render.tip.not-in-base': (p: { base: string }) => `${p.base}: not in the base`,
    'render.tip.moved': (p: { base: string; span: string; moved: string }) => `${p.base}: ${p.span} (moved ${p.moved})`,
    'render.base': 'Base',
    'render.base-named': (p: { label: string }) => `Base (${p.label})`,
    'render.capabilities': 'Capabilities',
    'render.capabilities-key': '▲ available (every provider done)   ○ needed by an activity’s start',
    'render.capability-tip': (p: { label: string; id: string; kind: string; available?: string; providers: string; requirers: string }) =>
        `${p.label} (${p.id}, ${p.kind}) — ${p.available ? `available from ${p.available}` : 'never available: nothing provides it'}; `
        + `provided by ${p.providers || 'nobody'}; required by ${p.requirers || 'nobody'}`,
    'render.capability-need': (p: { activity: string; capability: string; date: string; late: boolean }) =>
        `${p.activity} needs ${p.capability} from ${p.date}${p.late ? ' — before it is available' : ''}`,
    'render.legend': 'Legend',
    'render.legend.status': 'Status date (forecast as of this day)',
    'render.legend.health.done': 'Done',
    'render.legend.health.on-track': 'On track',
    'render.legend.health.at-risk': 'At risk: later than planned, within its slack',
    'render.legend.health.late': 'Late: moves the programme end',
    'render.legend.progress-fill': 'Work done, %',
    'render.legend.planned': 'Planned dates, where the forecast differs',
    'render.legend.base': (p: { base: string }) => `${p.base}: dates before they moved`,
    'render.legend.bar': 'Activity (colour = phase)',
    'render.legend.bar-forecast': 'Activity, forecast (colour = phase)',
    'render.legend.progress': 'Progress',
    'render.legend.critical': 'Critical path',
    'render.legend.transformation-plan': 'Transformation plan (DTP)',
    'render.legend.milestone': 'Milestone',
    'render.legend.after': 'After (finish → start)',
    'render.legend.requires': 'Requires a capability',
    'render.legend.recurring': 'Recurring, no end',
    'render.legend.phase': 'Phase span',
    'render.legend.summary': 'Folded group: the span of its activities',
    'render.legend.clip': 'Cut at the edge of the date window',
    'render.legend.today': 'Today',
    'render.legend.error': 'Error',
    'render.legend.warning': 'Warning',
    'health.done': 'done',
    'health.on-track': 'on track',
    'health.at-risk': 'at risk',
    'health.late': 'late',
    'health.meaning.done': 'done',
    'health.meaning.on-track': 'on track',
    'health.meaning.at-risk': 'at risk: later than planned, within its slack',
    'health.meaning.late': 'late: moves the programme end',
    'render.signed-days': (p: { sign: string; days: number }) => `${p.sign}${days(p.days)}`,
    'render.span-days': (p: { start: string; last: string; days: number }) => `${p.start} → ${p.last} (${p.days} days)`,
    'html.lang': 'en',
    'html.phases': 'Phases',
    'html.zoom-out': 'Zoom out (−)',
    'html.fit': 'Fit',
    'html.fit-title': 'Fit to width (0)',
    'html.zoom-in': 'Zoom in (+)',
    'html.theme': 'Light / dark',
    'html.theme-title': 'Switch between light and dark',
    'html.viewport': 'Roadmap: drag to pan, Ctrl+wheel or +/− to zoom',
    'html.not-scheduled': 'not scheduled (dependency cycle)',
    'html.days': (p: { days: number }) => `${p.days} days`,
    'html.not-in-base': 'not in the base',
    'html.moved': (p: { span: string; moved: string }) => `${p.span} (moved ${p.moved})`,
    'html.base': 'base',
    'html.base-named': (p: { label: string }) => `base (${p.label})`,
    'html.tip.id': 'id',
    'html.tip.forecast': 'forecast',
    'html.tip.planned': 'planned',
    'html.tip.variance': 'variance',
    'html.tip.state': 'state',
    'html.tip.done': 'done',
    'html.tip.health': 'health',
    'html.tip.dates': 'dates',
    'html.tip.slack': 'slack',
    'html.tip.critical': 'critical path',
    'html.tip.owner': 'owner',
    'html.tip.status': 'status',
    'html.tip.provides': 'provides',
    'html.tip.requires': 'requires',

    'render.tip.critical-path': 'critical path',
    'render.tip.slack': (p: { days: number }) => `slack ${p.days} days`,
    'render.tip.fixed-start': 'fixed start',
    'render.summary.folded': (p: { title: string; count: number }) => `${p.title}: ${counted(p.count, 'activity', 'activities')} folded`,
    'render.summary.progress': (p: { progress: number }) => `${p.progress}% of the work done`,
    'render.summary.unfold': 'Unfold to see each activity (--unfold, or the preview’s Unfold button).',
    'render.cap.ready-on': (p: { date: string }) => `ready on ${p.date}`,
    'render.cap.ready-span': (p: { first: string; last: string }) => `ready ${p.first} → ${p.last}`,
    'render.cap.none-ready': 'none ready',
    'render.cap.never': (p: { count: number }) => ` · ${p.count} never ready`,
    'render.cap.summary-key': (p: { count: number; span: string; never: string }) =>
        `▲ where capabilities become available (every provider done) · ${p.count} capabilities, ${p.span}${p.never}`,
    'render.cap.count': (p: { count: number }) => `${p.count} capabilities`,
    'render.cap.available-from': (p: { count: number; date: string }) => `${counted(p.count, 'capability', 'capabilities')} available from ${p.date}`,

    'md.programme': (p: { id: string }) => `Programme \`${p.id}\``,
    'md.owner': (p: { owner: string }) => `owner ${p.owner}`,
    'md.critical-path': (p: { path: string }) => `Critical path: ${p.path}.`,
    'md.capabilities': '## Capabilities',
    'md.capabilities.columns': '| Id | Capability | Kind | Provided by | Available from | Required by |',
    'md.never': 'never (nothing provides it)',
    'md.problems': '## Problems',
    'md.problems.columns': '| Severity | Code | Activity | Message |',
    'md.phases': '## Phases',
    'md.phases.columns': '| Phase | Kind | Start | Last day | Intensity | Activities |',
    'md.phases.columns-tracked': '| Phase | Kind | Planned | Forecast | Intensity | Activities |',
    'md.activities': '## Activities',
    'md.activities.columns': '| Id | Activity | Phase | Start | Last day | Days | Slack | Critical | Status | Owner |',
    'md.activities.columns-tracked': '| Id | Activity | Phase | Planned | Forecast | Variance | State | Progress | Health | Slack | Critical | Owner |',
    'md.ongoing': 'ongoing',
    'md.yes': 'yes',
    'md.no-end': 'no end',
    'md.from': (p: { start: string }) => `from ${p.start}`,
    'md.from-ongoing': (p: { start: string }) => `from ${p.start}, ongoing`,
    'md.status-summary': (p: { date: string; end: string; health: string }) => `Status date **${p.date}** · ${p.end}${p.health ? ` · ${p.health}` : ''}.`,
    'mermaid.recurring': (p: { name: string; every?: string }) => `${p.name} (every ${p.every ?? 'cycle'}, no end)`,
    'mermaid.not-scheduled': (p: { id: string }) => `${p.id} is not scheduled (dependency cycle)`,

    // ── dtp diff: what moved (packages/cli/src/format/diff.ts) ─────────────────────────────────────────────
    'diff.did-not-move': 'did not move',
    'diff.moved': (p: { days: number }) => `moved ${days(Math.abs(p.days))} ${p.days > 0 ? 'later' : 'earlier'}`,
    'diff.cap.shift': (p: { days: number; later: boolean }) => `ready ${days(p.days)} ${p.later ? 'later' : 'earlier'}`,
    'diff.cap.ready': 'now ready (was never ready)',
    'diff.cap.unready': 'no longer ready (nothing provides it in time)',
    'diff.cap.added': 'new',
    'diff.cap.removed': 'removed',
    'diff.change.moved': 'moved',
    'diff.change.added': 'added',
    'diff.change.removed': 'removed',
    'diff.programme': (p: { id: string }) => `Programme ${p.id}`,
    'diff.end': 'end',
    'diff.status-date': 'status date',
    'diff.milestones': (p: { count: number }) => `Milestones (${p.count} changed)`,
    'diff.milestones-none': '  none moved',
    'diff.activities': (p: { moved: number; added: number; removed: number }) => `Activities (${p.moved} moved, ${p.added} added, ${p.removed} removed)`,
    'diff.activities-none': '  none moved, added or removed',
    'diff.start': 'start',
    'diff.last-day': 'last day',
    'diff.not-scheduled': 'not scheduled',
    'diff.to': (p: { date: string }) => ` to ${p.date}`,
    'diff.capabilities': (p: { count: number }) => `Capabilities (${p.count} changed)`,
    'diff.critical-path': 'Critical path',
    'diff.unchanged': (p: { path: string }) => `  unchanged: ${p.path}`,
    'diff.before': (p: { path: string }) => `  before: ${p.path}`,
    'diff.after': (p: { path: string }) => `  after:  ${p.path}`,
    'diff.none': '(none)',
    'diff.md.title': (p: { name: string }) => `### Roadmap changes: ${p.name}`,
    'diff.md.end-still': (p: { date: string }) => `The programme end did not move: **${p.date}**`,
    'diff.md.end-moved': (p: { days: number; base: string; head: string }) =>
        `The programme end moved **${days(Math.abs(p.days))} ${p.days > 0 ? 'later' : 'earlier'}**: ${p.base} → **${p.head}**`,
    'diff.md.compared': (p: { summary: string; base: string }) => `${p.summary} (compared with ${p.base}).`,
    'diff.md.status-date': (p: { change: string }) => `Status date: ${p.change}.`,
    'diff.md.milestones': (p: { count: number }) => `#### Milestones (${p.count} changed)`,
    'diff.md.milestones-none': 'No milestone moved.',
    'diff.md.milestones.columns': '| Milestone | | Was | Now | Days |',
    'diff.md.new': '*(new)*',
    'diff.md.removed': '*(removed)*',
    'diff.md.activities': (p: { moved: number; added: number; removed: number }) => `#### Activities (${p.moved} moved, ${p.added} added, ${p.removed} removed)`,
    'diff.md.activities-none': 'No activity moved, was added or was removed.',
    'diff.md.activities.columns': '| Activity | | Change | Start | Last day | Days |',
    'diff.md.capabilities': (p: { count: number }) => `#### Capabilities (${p.count} changed)`,
    'diff.md.capabilities.columns': '| Capability | | Ready from | Change |',
    'diff.md.critical-path': '#### Critical path',
    'diff.md.none': '*(none)*',
    'diff.md.path-more': (p: { count: number }) => ` … and ${p.count} more`,
    'diff.md.unchanged': (p: { path: string }) => `Unchanged: ${p.path}`,
    'diff.md.before': (p: { path: string }) => `- Before: ${p.path}`,
    'diff.md.after': (p: { path: string }) => `- After: ${p.path}`,
    'diff.md.more': (p: { count: number }) => `… and ${p.count} more (run \`dtp diff\` locally for the full list).`,

    // ── The board view (packages/roadmap/src/board.ts): one slide for a board ──────────────────────────────
    'board.milestones': (p: { count: number }) => counted(p.count, 'milestone', 'milestones'),
    'board.forecast-end': (p: { date: string }) => `Forecast end ${p.date}`,
    'board.planned': (p: { date: string; moved: string }) => `planned ${p.date}  ·  ${p.moved}`,
    'board.on-plan': 'on plan',
    'board.ends': (p: { date: string }) => `Ends ${p.date}`,
    'board.transformation-plan': 'Transformation plan',
    'board.plans': (p: { count: number }) => `${p.count} plans`,
    'board.activities': (p: { count: number }) => counted(p.count, 'activity', 'activities'),
    'board.from-ongoing': (p: { date: string }) => `from ${p.date}, ongoing`,
    'board.done': (p: { progress: number }) => `${p.progress}% done`,
    'board.ongoing': 'ongoing',
    'board.planned-date': (p: { date: string }) => `  (planned ${p.date})`,
    'board.planned-tip': (p: { date: string }) => `, planned ${p.date}`,
    'board.unlabelled': (p: { count: number }) => `${p.count} more without a label:`,
    'board.see-detail': 'see the detail view',
    'board.legend.phase': 'Phase',
    'board.legend.phase-forecast': 'Phase, forecast',
    'board.legend.planned': 'Planned',
    'board.legend.work-done': 'Work done',
    'board.legend.status-date': 'Status date',
    'board.legend.milestone': 'Milestone',
    'board.legend.critical': 'Critical',
    'board.months': (p: { count: number }) => `${p.count} ${p.count === 1 ? 'month' : 'months'}`,
    'board.years': (p: { count: number }) => `${p.count} years`,
    'view.phases': (p: { count: number; names: string }) => `${p.count === 1 ? 'phase' : 'phases'} ${p.names}`,
    'view.owners': (p: { count: number; names: string }) => `${p.count === 1 ? 'owner' : 'owners'} ${p.names}`,
    'view.critical-only': 'critical path only',

    // ── Quick fixes (packages/language/src/lsp/code-actions.ts): their titles ─────────────────────────────
    'fix.add-phase': (p: { kind: string }) => `Add the ${p.kind} phase`,
    'fix.reorder': (p: { order: string }) => `Put the phases in canonical order (${p.order})`,
    'fix.provide': (p: { capability: string; activity: string }) => `Add \`provides ${p.capability}\` to foundation activity \`${p.activity}\``,
    'fix.make-plan': (p: { name: string }) => `Make \`${p.name}\` the transformation plan (\`transformation-plan ${p.name}\`)`,
    'fix.add-plan': 'Add a transformation-plan (the Digital Transformation Plan) to initiation',
    'fix.change-name': (p: { from: string; to: string }) => `Change \`${p.from}\` to \`${p.to}\``,
    'fix.declare': (p: { name: string; kind: string }) => `Declare \`${p.name}\` as a ${p.kind} capability`,
    'fix.rename': (p: { what: string; name: string; newName: string; uses: number }) =>
        `Rename ${p.what} \`${p.name}\` to \`${p.newName}\`${p.uses > 0 ? ` (and ${p.uses === 1 ? 'its use' : `its ${p.uses} uses`})` : ''}`,
    'fix.recur': (p: { name: string; value: string }) => `Make \`${p.name}\` recur: \`every ${p.value}\``,
    'fix.remove-duration': 'Remove the duration of continuous improvement (it has no end)',
    'fix.progress-100': 'Set progress to 100%',
    'fix.progress-0': 'Set progress to 0%',
    'fix.mark-active': 'Mark as active',
    'fix.mark-done': 'Mark as done',
    'fix.mark-done-100': 'Mark as done (progress 100%)',
    'fix.mark-finished': (p: { day: string }) => `Mark as finished on ${p.day}`,
    // ── The export formats (packages/roadmap/src/export): CSV/XLSX column headers and sheet names, calendar text,
    // the names people read in MS Project and ArchiMate tools. Cell values that are codes (state, health, kind) stay codes.
    'export.sheet.activities': 'activities',
    'export.sheet.milestones': 'milestones',
    'export.sheet.capabilities': 'capabilities',
    'export.column.id': 'id',
    'export.column.label': 'label',
    'export.column.phase': 'phase',
    'export.column.kind': 'kind',
    'export.column.owner': 'owner',
    'export.column.duration': 'duration',
    'export.column.planned-start': 'planned start',
    'export.column.planned-last-day': 'planned last day',
    'export.column.forecast-start': 'forecast start',
    'export.column.forecast-last-day': 'forecast last day',
    'export.column.variance': 'variance (days)',
    'export.column.slack': 'slack (days)',
    'export.column.critical': 'critical',
    'export.column.state': 'state',
    'export.column.health': 'health',
    'export.column.progress': 'progress (%)',
    'export.column.after': 'after',
    'export.column.provides': 'provides',
    'export.column.requires': 'requires',
    'export.column.planned-date': 'planned date',
    'export.column.forecast-date': 'forecast date',
    'export.column.providers': 'providers',
    'export.column.requirers': 'requirers',
    'export.column.ready-date': 'ready date',
    'export.ics.calendar': (p: { title: string }) => `${p.title}: milestones and phases`,
    'export.ics.calendar-forecast': (p: { title: string; date: string }) => `${p.title}: milestones and phases, forecast as of ${p.date}`,
    'export.ics.phase-starts': (p: { name: string }) => `${p.name} starts`,
    'export.ics.phase-ends': (p: { name: string }) => `${p.name} ends`,
    'export.ics.phase-begins': (p: { name: string }) => `${p.name} phase begins`,
    'export.ics.phase-last-day': (p: { name: string }) => `${p.name} phase ends (its last day)`,
    'export.ics.phase-forecast': (p: { date: string; planned: string; shift: string }) => `Forecast as of ${p.date}; planned: ${p.planned}${p.shift}`,
    'export.ics.milestone': (p: { id: string; phase: string }) => `Milestone ${p.id} (${p.phase})`,
    'export.ics.owner': (p: { owner: string }) => `Owner: ${p.owner}`,
    'export.ics.reached': (p: { date: string }) => `Reached on ${p.date}`,
    'export.ics.forecast': (p: { status: string; date: string }) => `Forecast as of ${p.status}: ${p.date}`,
    'export.ics.planned': (p: { date: string; shift: string }) => `Planned: ${p.date}${p.shift}`,
    'export.ics.health': (p: { health: string }) => `Health: ${p.health}`,
    'export.ics.critical': 'On the critical path',
    'export.shift': (p: { days: number }) => ` (${p.days > 0 ? '+' : '-'}${days(Math.abs(p.days))})`,
    'export.msproject.calendar': 'DTP calendar days (7-day week)',
    'export.msproject.id': 'DTP id',
    'export.msproject.state': 'State',
    'export.msproject.health': 'Health',
    'export.archimate.plateau': (p: { name: string }) => `${p.name} done`,
    'export.archimate.plateau-text': (p: { phase: string; date: string }) => `The state reached when ${p.phase} ends (${p.date}).`,
    'export.archimate.gap-text': (p: { from: string; to: string }) => `What changes between ${p.from} and ${p.to}.`
};

export type Catalogue = { readonly [K in keyof typeof en]: (typeof en)[K] };
