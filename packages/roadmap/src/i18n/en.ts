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
    'inlay.variance-early': (p: { days: number }) => `${p.days}d early`
};

export type Catalogue = { readonly [K in keyof typeof en]: (typeof en)[K] };
