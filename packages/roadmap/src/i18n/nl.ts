// De Nederlandse catalogus: dezelfde ids als en.ts, in het Nederlands van een programmamanager bij een gemeente.
// Woordkeuze (overal gelijk gehouden):
//   activity → activiteit · milestone → mijlpaal · phase → fase · programme → programma · owner → eigenaar
//   capability → capability (mv. capabilities): de gangbare term in de Nederlandse architectuurpraktijk, en het woord
//     dat in het plan staat (`capability`); "vermogen" of "voorziening" dekt niet beide soorten (competence, facility)
//   transformation plan → transformatieplan · status date → peildatum · forecast → prognose · planned → gepland
//   slack → speling · critical path → kritiek pad · on track → op schema · at risk → risico · late → te laat
//   done → gereed · active → bezig · today → vandaag · legend → legenda · duration → duur · dependency → afhankelijkheid
// Sleutelwoorden van de taal (`after`, `requires`, `phase foundation`, …) blijven zoals ze in het plan staan: wie de
// melding leest, moet ze in de tekst terugvinden. Ook data in meldingen blijven YYYY-MM-DD, zoals in het plan.
import type { Catalogue } from './en.js';
import { counted, joinAnd } from './join.js';

const days = (n: number) => counted(n, 'dag', 'dagen');
const code = (text: string) => `\`${text}\``;

/** Wat een declaratie is, in woorden (met lidwoord waar de zin dat vraagt). */
const WHAT: Record<string, string> = {
    'capability': 'capability', 'activity': 'activiteit', 'milestone': 'mijlpaal', 'transformation-plan': 'transformatieplan'
};
/** Het element waarin een eigenschap staat: een sleutelwoord van het plan, in woorden. */
const ELEMENT: Record<string, string> = {
    'programme': 'programma', 'phase': 'fase', 'activity': 'activiteit', 'milestone': 'mijlpaal', 'transformation-plan': 'transformatieplan'
};
/** What a rename fix renames (the checker's word for the declaration), in Dutch. */
const RENAMED: Record<string, string> = {
    'capability': 'capability', 'activity': 'activiteit', 'milestone': 'mijlpaal', 'transformation plan': 'transformatieplan'
};
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function names(ids: readonly string[], shown: number): string {
    const quoted = ids.slice(0, shown).map(code);
    if (ids.length > shown) return `${quoted.join(', ')} en nog ${ids.length - shown}`;
    return joinAnd(quoted, 'en');
}

export const nl: Catalogue = {
    // ── Talen en data ────────────────────────────────────────────────────────────────────────────────────
    'language.name': 'Nederlands',
    'months.short': 'jan,feb,mrt,apr,mei,jun,jul,aug,sep,okt,nov,dec',
    'date.day': p => `${p.day} ${p.month} ${p.year}`,

    // ── Het domein: de fasen ─────────────────────────────────────────────────────────────────────────────
    'phase.initiation': 'Initiatiefase',
    'phase.foundation': 'Digitaal fundament',
    'phase.improvement': 'Verbetering',
    'phase.continuous-improvement': 'Continue verbetering',

    // ── Data en duren zoals ze in een plan staan: wat er mis is, na de geciteerde waarde ──────────────────
    'calendar.day-first': p => `begint met de dag; schrijf het jaar voorop: ${p.iso}`,
    'calendar.day-first-invalid': p => `begint met de dag, en ${p.iso} ${p.reason}`,
    'calendar.not-a-date': 'is geen datum; schrijf YYYY-MM-DD, YYYY-MM of YYYY-Qn',
    'calendar.quarter': p => `noemt kwartaal ${p.quarter}; een jaar heeft de kwartalen Q1 tot en met Q4`,
    'calendar.quarter-day': 'voegt een dag toe aan een kwartaal; schrijf YYYY-Qn of YYYY-MM-DD',
    'calendar.month': p => `noemt maand ${p.month}; maanden lopen van 01 tot en met 12`,
    'calendar.day': p => `bestaat niet: ${p.month} heeft de dagen 01 tot en met ${p.last}`,
    'calendar.not-a-duration': 'is geen duur; schrijf een geheel getal en een eenheid: d, w, m, q of y (bijvoorbeeld 6w)',
    'calendar.unit': p => `heeft de onbekende eenheid '${p.unit}'; gebruik d (dagen), w (weken), m (maanden), q (kwartalen) of y (jaren)`,
    'calendar.not-positive': p => `is niet positief; een duur is minstens 1${p.unit}`,
    'calendar.too-long': p => `is langer dan ${p.years} jaar, meer dan welk plan ook beslaat; controleer het getal (hoogstens ${p.max})`,

    // ── Meldingen: de controles ──────────────────────────────────────────────────────────────────────────
    'check.missing-start': p =>
        `Programma \`${p.name}\` heeft geen \`start\`.${!p.start ? '' : p.undated
            ? ` De data worden geteld vanaf ${p.start}, een vaste dag, omdat het plan helemaal geen datum noemt.`
            : ` De data worden geteld vanaf ${p.start}, de vroegste datum die erin staat.`} Zet \`start YYYY-MM-DD\` (of YYYY-MM, YYYY-Qn) in het programma.`,
    'check.duplicate-phase': p =>
        `Fase \`${p.kind}\` staat er twee keer in (eerst op regel ${p.firstLine}). Verplaats de activiteiten naar de eerste fase \`${p.kind}\` en verwijder deze.`,
    'check.phase-order': p =>
        `Fase \`${p.kind}\` staat na \`${p.latest}\`, maar de volgorde van de fasen is ${p.order.join(' → ')}. Zet deze fase vóór \`${p.latest}\`.`,
    'check.missing-phase': p =>
        `Programma \`${p.name}\` heeft geen fase \`${p.kind}\`; een transformatie doorloopt alle vier de fasen. `
        + `Voeg \`phase ${p.kind} { … }\` toe${p.previous ? ` na de fase \`${p.previous}\`` : ' vóór de andere fasen'}.`,
    'check.continuous-phase-duration': p =>
        `Continue verbetering houdt niet op en heeft dus geen \`duration\` (hier \`${p.value}\`). Verwijder die; geef de activiteiten \`every\` om ze te laten terugkeren.`,
    'check.continuous-activity-duration': p =>
        `\`${p.name}\` duurt \`${p.value}\`, maar werk in continue verbetering keert terug in plaats van af te lopen. `
        + `Schrijf \`every ${p.value}\` in plaats van \`duration ${p.value}\`.`,
    'check.misplaced-plan-phase': p =>
        `Het transformatieplan \`${p.name}\` staat in de fase \`${p.phase}\`, maar het wordt opgesteld in de initiatiefase. `
        + 'Verplaats het naar de fase `initiation`, of maak er een `activity` van.',
    'check.second-plan': p =>
        `Een programma heeft één transformatieplan, en dat is \`${p.first}\` (regel ${p.line}) al. Maak van \`${p.name}\` een \`activity\`.`,
    'check.plan-lookalike': p =>
        `De initiatiefase heeft geen transformatieplan, maar \`${p.name}\` lijkt het transformatieplan te zijn: `
        + `maak er \`transformation-plan ${p.name} …\` van.`,
    'check.missing-plan': 'De initiatiefase heeft geen transformatieplan; het opstellen van het Digitaal Transformatieplan is waar de initiatiefase voor is. '
        + 'Voeg `transformation-plan dtp "Digitaal Transformatieplan" { duration 6w }` toe.',
    'check.foundation-outside-foundation': p =>
        `\`${p.name}\` levert \`${p.capability}\` in de fase \`${p.phase}\`, maar capabilities worden gebouwd `
        + 'in de initiatiefase of het digitaal fundament, vóór de verbetering die ze nodig heeft. Verplaats dit werk (of de `provides`) naar de fase `foundation`.',
    'check.unmet-prerequisite': p =>
        `\`${p.name}\` heeft \`${p.capability}\` nodig, maar geen enkele activiteit levert die. Zet \`provides ${p.capability}\` bij een activiteit in het fundament.`,
    'check.unfounded-improvement': p =>
        `Verbetering \`${p.name}\` heeft geen capability nodig; nieuwe digitale ondersteuning loont alleen op een fundament. `
        + 'Voeg `requires …` toe met de capabilities waarop ze voortbouwt.',
    'check.unused-capability': p =>
        `Geen enkele activiteit heeft capability \`${p.name}\` nodig. Zet \`requires ${p.name}\` bij de verbetering die haar nodig heeft, of verwijder de declaratie.`,
    'check.backward-after': p =>
        `\`${p.name}\` (${p.phase}) komt na \`${p.target}\`, dat in de latere fase \`${p.targetPhase}\` staat; `
        + 'werk hangt alleen af van de eigen of eerdere fasen. '
        + `Verplaats \`${p.target}\` naar een eerdere fase, of haal \`${p.target}\` uit deze \`after\`.`,
    'check.backward-requires': p =>
        `\`${p.name}\` (${p.phase}) heeft \`${p.capability}\` nodig, die \`${p.provider}\` pas in de `
        + `latere fase \`${p.providerPhase}\` levert; werk hangt alleen af van de eigen of eerdere fasen. `
        + `Lever \`${p.capability}\` eerder, of verplaats \`${p.name}\` naar een latere fase.`,
    'check.duplicate-import': p =>
        `Deze import haalt capability \`${p.name}\` binnen uit ${p.place}, maar ${p.earlier} declareert die al. Geef een van beide een andere naam of verwijder er een.`,
    'check.place': p => `${p.file} (regel ${p.line})`,
    'check.clash-kinds': p =>
        `${capitalise(WHAT[p.first] ?? p.first)} \`${p.name}\` (${p.where}) en ${WHAT[p.second] ?? p.second} \`${p.name}\` hier hebben dezelfde naam. `
        + 'Activiteiten en capabilities delen één verzameling namen, zodat een naam in `after`, `provides` of `requires` altijd één ding betekent: geef een van beide een andere naam.',
    'check.clash-twice': p =>
        `${capitalise(WHAT[p.what] ?? p.what)} \`${p.name}\` is twee keer gedeclareerd: hier en ${p.place ? `in ${p.place}` : `op regel ${p.line}`}. Geef een van beide een andere naam of verwijder er een.`,
    'check.clash-other': p =>
        `${capitalise(WHAT[p.first] ?? p.first)} \`${p.name}\` (${p.where}) en ${WHAT[p.second] ?? p.second} \`${p.name}\` hier hebben dezelfde naam; `
        + 'een id staat voor één ding in een programma. Geef een van beide een andere naam.',
    'check.where-line': p => `regel ${p.line}`,
    'check.where-file-line': p => `${p.file}, regel ${p.line}`,
    'check.duplicate-programme': p =>
        `Dit bestand bevat al programma \`${p.first}\` (regel ${p.line}); een bestand bevat één programma. Zet \`${p.name}\` in een eigen bestand.`,
    'check.duplicate-property': p =>
        `\`${p.keyword}\` staat twee keer in ${ELEMENT[p.element] ?? p.element}${p.name ? ` \`${p.name}\`` : ''} (eerst op regel ${p.firstLine}); alleen de laatste telt. Verwijder er een.`,
    'check.import-empty': 'Deze import heeft een leeg pad. Schrijf het pad van een .dtp-bestand, vanaf dit bestand gezien, bijvoorbeeld `import "./capabilities.dtp"`.',
    'check.import-self': 'Dit bestand importeert zichzelf. Verwijder deze import.',
    'check.import-refused': p => `\`${p.path}\` kan niet worden geïmporteerd: ${p.problem}.`,
    'check.import-not-loaded': p =>
        `\`${p.path}\` (gevonden als ${p.resolved}) bestaat, maar is niet geladen, dus de capabilities ervan zijn hier onbekend. `
        + 'Open een map waarin het staat, of zet het naast dit plan.',
    'check.import-missing': p =>
        `\`${p.path}\` is niet gevonden (gezocht als ${p.resolved}). Controleer het pad; het is relatief aan dit bestand.`,
    'check.import-programme': p =>
        `\`${p.path}\` bevat ${p.programme ? `programma \`${p.programme}\`` : 'een programma'} (regel ${p.line}), maar een geïmporteerd bestand mag alleen `
        + 'imports en capabilities bevatten. Zet de capabilities die je nodig hebt in een catalogusbestand en importeer dat.',
    'check.bad-name': p =>
        `\`${p.name}\` kan geen naam zijn: ${p.space ? `een spatie (${p.space})` : code(p.character)} is geen letter, cijfer, \`_\` of \`-\`. `
        + `Geef een andere naam${p.suggestion ? `, bijvoorbeeld \`${p.suggestion}\`` : ''}, of zet de tekst in het label tussen aanhalingstekens.`,
    'check.date-day-first': p =>
        `Datum \`${p.value}\` begint met de dag; DTP schrijft data met het jaar voorop. Schrijf \`${p.iso}\`.`,
    'check.invalid-date': p =>
        `Datum \`${p.value}\` ${p.problem}. Schrijf een datum die bestaat: YYYY-MM-DD, YYYY-MM of YYYY-Qn.`,
    'check.invalid-duration': p =>
        `Duur \`${p.value}\` ${p.problem}. Schrijf een positief geheel getal en een eenheid, bijvoorbeeld 6w.`,
    'check.every-outside-continuous': p =>
        `\`every\` laat \`${p.name}\` terugkeren, maar alleen continue verbetering keert terug; in de fase \`${p.phase}\` heeft werk een duur. `
        + `Schrijf \`duration ${p.value}\`, of verplaats \`${p.name}\` naar de fase \`continuous-improvement\`.`,
    'check.phase-kind-meant': p =>
        `\`${p.written}\` is geen soort fase. Bedoel je \`${p.kind}\`? De fase wordt gecontroleerd als ${p.kind}.`,
    'check.phase-kind-unknown': p =>
        `\`${p.written}\` is geen soort fase. Een fase is een van ${p.kinds.map(code).join(', ')}.`,
    'check.activity-kind-meant': p => `\`${p.written}\` is geen soort werk. Bedoel je \`${p.kind}\`?`,
    'check.activity-kind-unknown': p =>
        `\`${p.written}\` is geen soort werk: schrijf \`activity\`, \`milestone\` of \`transformation-plan\`. Het wordt gecontroleerd als activiteit.`,
    'check.milestone-length': p =>
        `${p.name ? `Mijlpaal ${code(p.name)}` : 'Een mijlpaal'} heeft \`${p.keyword} ${p.value}\`, maar een mijlpaal is een moment en duurt niet. `
        + `Verwijder \`${p.keyword}\`, of maak er een \`activity\` van als het werk is dat ${p.value} duurt.`,
    'check.invalid-progress': p =>
        `Voortgang \`${p.value}%\` is geen percentage gedaan werk. Schrijf een waarde van 0% tot en met 100%.`,
    'check.phase-starts-early': p =>
        `De fase \`${p.kind}\` begint op ${p.start}, vóór de fase \`${p.previous}\` waarop ze volgt begint (${p.previousStart}). `
        + `Fasen mogen overlappen, maar niet in de verkeerde volgorde: ${p.fix}`,
    'check.phase-starts-early.move-start': p => `zet de \`start\` op ${p.previousStart} of later.`,
    'check.phase-starts-early.give-start': p => `geef de fase een \`start\` op ${p.previousStart} of later.`,
    'check.phase-starts-early.pinned': p =>
        `\`${p.id}\` begint vast op ${p.start}; zet die start op ${p.previousStart} of later, of verwijder hem zodat de activiteit haar afhankelijkheden volgt.`,
    'check.phase-starts-early.free': p =>
        `\`${p.id}\` wacht nergens op; laat het volgen op werk uit \`${p.previous}\` met \`after\` of \`requires\`, of geef de fase een \`start\` op ${p.previousStart} of later.`,
    'check.continuous-too-early': p =>
        `Continue verbetering begint op ${p.start}, vóór de fase \`improvement\` eindigt (de laatste dag is ${p.improvementLast}); `
        + `het is de blijvende toestand na het programma, geen onderdeel ervan. ${p.fix}`,
    'check.continuous-too-early.move-start': p =>
        `Zet de \`start\` op ${p.end} of later, of verwijder hem zodat de fase begint als de verbetering eindigt.`,
    'check.continuous-too-early.pinned': p =>
        `\`${p.id}\` begint vast op ${p.start}: zet die start op ${p.end} of later, of verwijder hem.`,
    'check.continuous-too-early.give-start': p => `Geef de fase een \`start\` op ${p.end} of later.`,
    'check.phase-ends-early': p =>
        `De fase \`${p.kind}\` eindigt op ${p.last}, vóór de fase \`${p.previous}\` waarop ze volgt eindigt op ${p.previousLast}`
        + `${p.because === 'duration' ? ' (door de `duration`)' : p.because === 'activity' ? ` (\`${p.id}\` eindigt op ${p.idLast})` : ''}. `
        + `Een fase mag overlappen met de vorige, maar haar niet inhalen: plan het werk van \`${p.kind}\` tot ${p.previousLast} of later, `
        + `of rond het werk van \`${p.previous}\` eerder af.`,
    'check.phase-too-short': p =>
        `De fase \`${p.kind}\` duurt ${p.duration} en eindigt op ${p.last}, maar \`${p.id}\` daarin eindigt op ${p.idLast}, `
        + `${days(p.days)} later. Verleng de fase, verwijder de \`duration\` zodat ze haar werk omvat, of maak \`${p.id}\` korter.`,
    'check.move-or-remove-start': p => `Zet de start op ${p.date} of later, of verwijder de vaste start.`,
    'check.ends-on': p => `\`${p.id}\` eindigt op ${p.date}`,
    'check.prerequisite-late': p =>
        `\`${p.id}\` begint op ${p.start}, maar heeft \`${p.capability}\` nodig, die pas klaar is op ${p.ready} `
        + `(na \`${p.predecessor}\`), ${days(p.days)} later. ${p.fix}`,
    'check.dependency-violated': p =>
        `\`${p.id}\` begint vast op ${p.start}, maar komt na \`${p.predecessor}\`, dat eindigt op ${p.end}`
        + `${p.lag ? ` en de ${p.lag.sign === '+' ? 'wachttijd' : 'voorsprong'} \`${p.lag.sign} ${p.lag.offset}\` laat het beginnen op ${p.lag.date}` : ''}: `
        + `${days(p.days)} te vroeg. ${p.fix}`,
    'check.outside-calendar': p =>
        `\`${p.id}\` zou na 9999-12-31 eindigen, voorbij elke kalender: het en het werk dat erop wacht krijgen geen data. `
        + 'Maak de duur korter of verbeter de start.',
    'check.cycle-self': p =>
        `\`${p.id}\` wacht op zichzelf (${p.trail}) en kan dus niet worden ingepland.`
        + `${p.others.length ? ` ${names(p.others, p.shown)} ${p.others.length === 1 ? 'zit' : 'zitten'} in dezelfde knoop.` : ''} Verwijder die afhankelijkheid.`,
    'check.cycle': p =>
        `${names(p.members, p.shown)} wachten in een kringloop op elkaar: ${p.trail}. Geen ervan kan worden ingepland.`
        + `${p.others.length ? ` ${names(p.others, p.shown)} ${p.others.length === 1 ? 'zit' : 'zitten'} in dezelfde knoop.` : ''} `
        + 'Verwijder of draai een van deze afhankelijkheden om, om de kringloop te doorbreken.',
    'check.cycle.trail': p => `${p.first} → … nog ${p.more} … → ${p.last}`,
    'check.cycle.step-after': p => `\`${p.to}\` komt na \`${p.from}\``,
    'check.cycle.step-requires': p => `\`${p.to}\` heeft \`${p.capability}\` nodig, die \`${p.from}\` levert`,
    'check.this-activity': 'deze activiteit',
    'check.done-with-progress': p =>
        `\`${p.name}\` heeft \`status done\` maar \`progress ${p.progress}%\`. Gereed werk is 100% gedaan: `
        + 'zet de voortgang op 100% (of verwijder die), of maak de status `active` als er nog werk is.',
    'check.planned-with-progress': p =>
        `\`${p.name}\` heeft \`status planned\` maar \`progress ${p.progress}%\`: werk met voortgang is begonnen. `
        + 'Maak de status `active` en leg `started` vast, of zet de voortgang op 0%.',
    'check.planned-but-started': p =>
        `\`${p.name}\` heeft \`status planned\` maar legt \`started ${p.started}\` vast. Maak de status \`active\` (of verwijder \`started\` als het nog niet is begonnen).`,
    'check.active-but-finished': p =>
        `\`${p.name}\` heeft \`status active\` maar legt \`finished ${p.finished}\` vast. Maak de status \`done\`, of verwijder \`finished\` als het werk doorgaat.`,
    'check.finished-before-started': p =>
        `\`${p.name}\` is klaar op ${p.finished}, vóór het begon (${p.started}). Verbeter een van beide data.`,
    'check.fact-after-status-date': p =>
        `\`${p.name}\` legt \`${p.keyword} ${p.date}\` vast, maar de peildatum is ${p.statusDate}: vastgelegde feiten liggen daarvóór. `
        + 'Verbeter de datum, of zet de `status-date` van het programma erna.',
    'check.overdue': p =>
        `${p.milestone ? 'Mijlpaal ' : ''}\`${p.id}\` ${p.milestone ? `was voorzien op ${p.due}` : `zou volgens plan eindigen op ${p.due}`}, `
        + `maar is niet gereed op de peildatum ${p.statusDate}${p.forecast}. `
        + (p.milestone ? 'Leg `finished` vast met de dag waarop de mijlpaal is bereikt, of plan hem opnieuw.'
            : 'Leg `finished` vast met de laatste dag als het klaar is, of werk de voortgang bij.'),
    'check.late-start': p =>
        `\`${p.id}\` zou volgens plan beginnen op ${p.start}, maar is op de peildatum ${p.statusDate} niet begonnen${p.forecast}. `
        + 'Leg `started` (of `status active`) vast als het werk is begonnen; plan het anders opnieuw.',
    'check.behind-schedule': p =>
        `\`${p.id}\` is bezig ${p.progress === undefined ? 'zonder vastgelegde voortgang' : `op ${p.progress}%`} en eindigt volgens de prognose op ${p.forecastLast}, `
        + `${days(p.days)} na de geplande laatste dag ${p.plannedLast}. Werk de voortgang bij als het verder is, of plan op het latere einde.`,
    'check.milestone-slip': p =>
        `Mijlpaal \`${p.id}\` valt volgens de prognose nu op ${p.forecast}, ${days(p.days)} later dan gepland (${p.planned})`
        + `${p.driver ? `, door \`${p.driver}\`${p.driverForecast ? ` (eindigt volgens de prognose op ${p.driverForecast} in plaats van ${p.driverPlanned})` : ''}` : ''}`
        + '. Breng dat werk terug op schema, of neem de nieuwe datum op in het plan.',
    'check.forecast-late': p =>
        `; de prognose ${p.milestone ? `zet het op ${p.date}` : `laat het eindigen op ${p.date}`}, ${days(p.days)} te laat`,

    // ── Meldingen: namen die nergens naar verwijzen ──────────────────────────────────────────────────────
    'reference.unresolved': p =>
        `Geen ${p.kind === 'activity' ? 'activiteit' : 'capability'} \`${p.name}\` in ${p.kind === 'capability' ? 'dit bestand of zijn imports' : p.programme ? `programma \`${p.programme}\`` : 'dit programma'}.`
        + (p.suggestion ? ` Bedoel je \`${p.suggestion}\`?`
            : p.kind === 'activity' ? ` Declareer \`activity ${p.name}\` in een van de fasen, of verbeter de naam.`
            : ` Declareer \`capability ${p.name} "…" facility\` (of \`competence\`), importeer het bestand dat haar declareert, of verbeter de naam.`),
    'reference.capability-in-after': p =>
        `\`${p.name}\` is een capability, geen activiteit, en \`after\` noemt activiteiten. `
        + `Schrijf \`requires ${p.name}\` om te wachten op wat haar levert, of noem hier een activiteit.`,
    'reference.activity-in-requires': p =>
        `\`${p.name}\` is een activiteit, geen capability, en \`requires\` noemt capabilities. `
        + `Schrijf \`after ${p.name}\` om erop te wachten, of vraag een capability die \`${p.name}\` levert.`,
    'reference.activity-in-provides': p =>
        `\`${p.name}\` is een activiteit, geen capability, en \`provides\` noemt capabilities. `
        + `Declareer een capability (\`capability ${p.name}-ready "…" facility\`) en lever die.`,
    'syntax.more-not-shown': p =>
        ` (${p.count === 1 ? 'nog 1 syntaxfout wordt' : `nog ${p.count} syntaxfouten worden`} niet getoond; los eerst deze op.)`,

    // ── Meldingen: de syntaxis ───────────────────────────────────────────────────────────────────────────
    'syntax.terminal.ID': 'een naam',
    'syntax.terminal.STRING': 'een tekst tussen aanhalingstekens',
    'syntax.terminal.DATE': 'een datum zoals 2027-01-04, 2027-03 of 2027-Q2',
    'syntax.terminal.DURATION': 'een duur zoals 6w (d, w, m, q of y)',
    'syntax.terminal.INT': 'een geheel getal',
    'syntax.block.Plan': 'het bestand',
    'syntax.block.Programme': 'het programma',
    'syntax.block.Phase': 'de fase',
    'syntax.block.Activity': 'de activiteit',
    'syntax.home.top': 'bovenaan een bestand',
    'syntax.home.Programme': 'in een programma',
    'syntax.home.Phase': 'in een fase',
    'syntax.home.Activity': 'in een activiteit',
    'syntax.end-of-file': 'het einde van het bestand',
    'syntax.after': p => ` na \`${p.token}\``,
    'syntax.more-text': 'meer tekst',
    'syntax.or': p => `${p.items.slice(0, -1).join(', ')} of ${p.items[p.items.length - 1]}${p.more ? ', …' : ''}`,
    'syntax.file-ends-inside': p => `Het bestand eindigt binnen ${p.block}. Voeg de ontbrekende \`}\` toe om het te sluiten.`,
    'syntax.close-before-keyword': p =>
        `\`}\` verwacht om ${p.block} te sluiten vóór \`${p.word}\`, dat hoort ${p.home}. Voeg de ontbrekende \`}\` toe.`,
    'syntax.close-expected': p =>
        `\`}\` verwacht om ${p.block} te sluiten${p.after}, maar ${p.found} gevonden. Voeg de ontbrekende \`}\` toe.`,
    'syntax.expected': p => `${capitalise(p.expected)} verwacht${p.after}, maar ${p.found} gevonden.`,
    'syntax.after-programme': p =>
        `Onverwacht ${p.found} na het einde van het programma. Verwijder het, of controleer de accolades erboven: een \`}\` te veel sluit een blok te vroeg.`,
    'syntax.unknown-word': p =>
        `Onbekend woord ${p.found} in ${p.block}.`
        + (p.suggestion ? ` Bedoel je \`${p.suggestion}\`?` : ` Verwacht een van ${p.known.map(code).join(', ')}, of \`}\` om het te sluiten.`),
    'syntax.unclosed-text': 'Deze tekst heeft op zijn regel geen sluitende `"`. Voeg het sluitende aanhalingsteken toe; schrijf `\\"` voor een aanhalingsteken in de tekst.',
    'syntax.unexpected-characters': p =>
        `Onverwacht${p.count === 1 ? ' teken' : 'e tekens'} ${p.shown}${p.binary ? ' (dit lijkt een binair bestand, of tekst die geen UTF-8 is)' : ''}: `
        + 'een plan bevat namen, sleutelwoorden, "teksten tussen aanhalingstekens", data, duren '
        + `en // commentaar. Verwijder ${p.count === 1 ? 'het' : 'ze'} of zet ${p.count === 1 ? 'het' : 'ze'} tussen aanhalingstekens.`,

    // ── Hover: Markdown; sleutelwoorden van het plan blijven zoals ze er staan ───────────────────────────
    'state.planned': 'gepland',
    'state.active': 'bezig',
    'state.done': 'gereed',
    'hover.phase': p => `- Fase: ${p.kind}`,
    'hover.duration': p => `- Duur: ${p.value}`,
    'hover.not-scheduled-errors': '- Nog niet ingepland: los de fouten in dit plan op om de data te zien',
    'hover.provides': p => `- Levert: ${p.list}`,
    'hover.requires': p =>
        `- Heeft \`${p.capability}\` nodig: ${p.providers ? `geleverd door ${p.providers}` : p.known ? '**niemand levert het**' : 'de leveranciers verschijnen na het inplannen'}`,
    'hover.after': p => `- Na: ${p.list}`,
    'hover.owner': p => `- Eigenaar: ${p.owner}`,
    'hover.status': p => `- Status: ${p.status}${p.progress !== undefined ? ` (${p.progress}%)` : ''}`,
    'hover.planned': p => `- Gepland: ${p.span}`,
    'hover.forecast': p => `- Prognose: ${p.span}`,
    'hover.variance': p => `- Afwijking: ${p.variance}`,
    'hover.fact.started': p => `begonnen ${p.date}`,
    'hover.fact.finished': p => `klaar ${p.date}`,
    'hover.fact.progress': p => `${p.progress}% gedaan`,
    'hover.state': p => `- Stand op ${p.date}: ${p.state}${p.facts.length > 0 ? ` (${p.facts.join(', ')})` : ''}`,
    'hover.health': p => `- Gezondheid: ${p.health}`,
    'hover.health.done': 'gereed',
    'hover.health.on-track': 'op schema',
    'hover.health.at-risk': '**risico**: later dan gepland, binnen de speling',
    'hover.health.late': '**te laat**: het verschuift het einde van het programma',
    'hover.pinned': '- Vastgezet door de eigen `start`',
    'hover.critical-forecast': '- **Kritiek** in de prognose: elke verdere vertraging verschuift het einde van het programma',
    'hover.slack-forecast': p => `- Speling in de prognose: ${days(p.days)}`,
    'hover.span.not-scheduled': 'niet ingepland',
    'hover.span.from': p => `vanaf ${p.start}${p.every ? ` (elke ${p.every})` : ''}`,
    'variance.on-plan': 'volgens plan',
    'variance.late': p => `+${days(p.days)}`,
    'variance.early': p => `${days(p.days)} eerder`,
    'hover.not-scheduled-cycle': '- **Niet ingepland**: het zit in een kringloop van afhankelijkheden',
    'hover.recurs': p => `- Begint ${p.start}, keert elke ${p.every} terug (geen einde)`,
    'hover.milestone-on': p => `- Mijlpaal op ${p.date}`,
    'hover.start': p => `- Start: ${p.date}`,
    'hover.last-day': p => `- Laatste dag: ${p.last} (opvolgers beginnen ${p.next})`,
    'hover.critical': '- **Kritiek**: geen speling — elke vertraging verschuift het einde van het programma',
    'hover.slack': p => `- Speling: ${days(p.days)}`,
    'hover.kind': p => `- Soort: ${p.kind}`,
    'hover.ready-from': p => `- Klaar vanaf ${p.date}`,
    'hover.provided-by': p =>
        `- Geleverd door: ${p.list ?? `**niemand** — zet \`provides ${p.name}\` bij een activiteit in het fundament`}`,
    'hover.required-by': p => `- Nodig voor: ${p.list ?? 'nog niemand'}`,
    'hover.programme-span': p => `- ${p.start} → ${p.last} (continue verbetering gaat door)`,
    'hover.programme-counts': p =>
        `- ${counted(p.activities, 'activiteit', 'activiteiten')} in ${counted(p.phases, 'fase', 'fasen')}; kritiek pad: ${counted(p.critical, 'activiteit', 'activiteiten')}`,
    'hover.not-scheduled': '- Nog niet ingepland',
    'hover.status-date': p => `- Peildatum: ${p.date}`,
    'hover.forecast-programme': p => `- Prognose: ${p.span}${p.variance ? ` (${p.variance})` : ''}; continue verbetering gaat door`,
    'hover.programme-health': p => `- ${p.done} gereed, ${p.late} te laat, ${p.atRisk} met risico`,
    'hover.open-ended': 'zonder einde',
    'hover.phase-from': p => `- ${p.forecast ? 'Prognose: vanaf' : 'Vanaf'} ${p.start}, zonder einde`,
    'hover.phase-span': p => `- ${p.forecast ? 'Prognose: ' : ''}${p.start} → ${p.last} (${counted(p.activities, 'activiteit', 'activiteiten')})`,
    'hover.intensity': p => `- Intensiteit: ${p.intensity}`,
    'hover.ready': p => ` (klaar ${p.date})`,

    // ── Aanvullen en inline hints ────────────────────────────────────────────────────────────────────────
    'span.from-every': p => `vanaf ${p.start}, elke ${p.every}`,
    'span.from': p => `vanaf ${p.start}`,
    'slack.critical': 'kritiek',
    'slack.days': p => `speling ${p.days}d`,
    'completion.today': 'vandaag',
    'completion.planned-start': 'geplande start',
    'completion.planned-date': 'geplande datum',
    'completion.planned-last-day': 'geplande laatste dag',
    'completion.day-before-status': p => `de dag vóór de peildatum ${p.date}`,
    'completion.ends': p => `eindigt ${p.end} (laatste dag ${p.last})`,
    'completion.snippet.programme': 'Een programma met zijn start en de vier fasen',
    'completion.snippet.phase': 'Een fase',
    'completion.snippet.activity': 'Een activiteit met een duur',
    'completion.snippet.capability': 'Een capability: competence of facility',
    'completion.snippet.plan-label': 'Digitaal Transformatieplan',
    'completion.snippet.title': 'Titel',
    'completion.snippet.label': 'Label',
    'inlay.ends': p => `Eindigt ${p.end} (exclusief): opvolgers beginnen die dag`,
    'inlay.forecast': p => `Prognose op de peildatum ${p.date}${p.planned ? `; gepland ${p.planned}` : ''}.`,
    'inlay.variance-late': p => `+${p.days}d`,
    'inlay.variance-early': p => `${p.days}d eerder`,

    // ── Het commando dtp ─────────────────────────────────────────────────────────────────────────────────
    'cli.severity.error': 'fout',
    'cli.severity.warning': 'waarschuwing',
    'cli.severity.info': 'info',
    'cli.severity.hint': 'hint',
    'cli.count.errors': p => counted(p.count, 'fout', 'fouten'),
    'cli.count.warnings': p => counted(p.count, 'waarschuwing', 'waarschuwingen'),
    'cli.count.infos': p => counted(p.count, 'opmerking', 'opmerkingen'),
    'cli.count.hints': p => counted(p.count, 'hint', 'hints'),
    'cli.count.files': p => counted(p.count, 'bestand', 'bestanden'),
    'cli.summary.clean': p => `✓ geen problemen in ${p.files}`,
    'cli.summary.counts': p => `${p.counts} in ${p.files}`,
    'cli.note.schedule-errors': p =>
        `dtp: ${p.file} heeft ${counted(p.errors, 'fout', 'fouten')}; de planning toont alleen wat kon worden ingepland: voer \`dtp validate ${p.operand}\` uit om ze te zien en op te lossen`,
    'cli.note.render-errors': p =>
        `dtp: ${p.file} heeft ${counted(p.errors, 'fout', 'fouten')}; de roadmap toont wat kon worden ingepland, met de problemen gemarkeerd: voer \`dtp validate ${p.operand}\` uit om ze te zien en op te lossen`,
    'cli.note.diff-errors': p =>
        `dtp: ${p.file} heeft ${counted(p.errors, 'fout', 'fouten')}; de vergelijking gebruikt wat kon worden ingepland: voer \`dtp validate ${p.operand}\` uit om ze te zien en op te lossen`,
    'cli.error.no-such-file': p => `${p.path}: bestand of map bestaat niet`,
    'cli.error.permission': p => `${p.path}: geen toegang; controleer de rechten van het bestand`,
    'cli.error.is-directory': p => `${p.path} is een map, geen bestand`,
    'cli.error.no-plans': p =>
        `${p.dir}: geen ${p.extension}-plannen in deze map (node_modules wordt overgeslagen); geef een planbestand of voer \`dtp init ${p.dir}\` uit`,
    'cli.error.not-file-or-dir': p => `${p.path} is geen bestand en geen map; geef een .dtp-bestand, een map of een glob`,
    'cli.error.no-match': p => `${p.pattern}: geen bestanden passen bij dit patroon; controleer het patroon en de werkmap`,
    'cli.error.bad-date-option': p => `${p.option}: '${p.value}' ${p.problem}`,
    'cli.error.one-plan': p => `${p.operand} noemt ${p.count} plannen; dtp ${p.command} neemt één planbestand`,
    'cli.error.no-programme': p =>
        `${p.file} bevat geen programma (een catalogus van capabilities heeft niets voor ${p.command}); geef het plan dat hem importeert`,
    'cli.init.wrote': p => `${p.file} geschreven\nVolgende stap: dtp validate ${p.dir} && dtp schedule ${p.file}`,
    'cli.error.init-not-directory': p => `${p.dir} bestaat en is geen map; kies een map voor het plan`,
    'cli.error.init-exists': p => `${p.file} bestaat al; kies een andere map (dtp init MAP) of verwijder het bestand eerst`,
    'cli.error.init-permission': p => `kan ${p.file} niet schrijven: geen toestemming; kies een map waarin je mag schrijven`,
    'cli.error.init-write': p => `kan ${p.file} niet schrijven: ${p.reason}`,
    'cli.error.binary-needs-output': p =>
        `--format ${p.format} schrijft binaire gegevens: geef met -o het bestand om naar te schrijven, bijvoorbeeld -o roadmap.${p.format} (of -o - om het door te geven aan een pipe)`,
    'cli.error.binary-to-terminal': p =>
        `--format ${p.format} schrijft binaire gegevens en de standaarduitvoer is een terminal: leid hem om (-o - > roadmap.${p.format}) of geef een bestand met -o roadmap.${p.format}`,

    // ── dtp schedule: de tabel ───────────────────────────────────────────────────────────────────────────
    'table.phase': 'Fase',
    'table.activity': 'Activiteit',
    'table.label': 'Label',
    'table.kind': 'Soort',
    'table.start': 'Start',
    'table.end': 'Einde',
    'table.duration': 'Duur',
    'table.slack': 'Speling',
    'table.critical': 'Kritiek',
    'table.owner': 'Eigenaar',
    'table.status': 'Status',
    'table.progress': 'Voortgang',
    'table.planned-start': 'Geplande start',
    'table.planned-end': 'Gepland einde',
    'table.forecast-start': 'Prognose start',
    'table.forecast-end': 'Prognose einde',
    'table.variance': 'Afwijking',
    'table.state': 'Stand',
    'table.health': 'Gezondheid',
    'table.no-activities': '(geen activiteiten)',
    'table.no-phase': '(geen fase)',
    'table.ongoing': 'doorlopend',
    'table.every': p => `elke ${p.every}`,
    'table.programme': p =>
        `Programma ${p.id}${p.title ? ` "${p.title}"` : ''}: ${p.forecast ? 'prognose ' : ''}${p.start} tot en met ${p.last} (${days(p.days)}; continue verbetering gaat door)`,
    'table.status-date': p => `Peildatum: ${p.date} (de prognose telt wat is vastgelegd tot het begin van deze dag)`,
    'table.phase-not-scheduled': 'niet ingepland',
    'table.phase-onwards': p => `vanaf ${p.start} (geen einde)`,
    'table.phase-span': p => `${p.start} tot en met ${p.last}`,
    'table.no-critical-path': 'Kritiek pad: geen (niets kon worden ingepland)',
    'table.critical-path': p =>
        `Kritiek pad (${counted(p.count, 'activiteit', 'activiteiten')}, geen speling): ${p.shown}${p.more > 0 ? ` … (nog ${p.more})` : ''}`,
    'table.today-nothing': p => `Vandaag (${p.today}): volgens de planning loopt er niets`,
    'table.today-running': p => `Vandaag (${p.today}): volgens de planning loopt: ${p.names}${p.more > 0 ? ` en nog ${p.more}` : ''}`,
    'table.attention': 'Vraagt aandacht',
    'table.attention-none': '  niets: geen activiteit is over tijd, te laat begonnen, achter op schema of aan het verschuiven',
    'table.attention-more': p => `  … en nog ${p.more} (dtp validate noemt ze allemaal)`,
    'table.programme-end': p => `Einde programma: gepland ${p.planned}, prognose ${p.forecast} (${p.moved})`,
    'table.on-plan': 'volgens plan',
    'table.overdue': p => `over tijd: gepland einde ${p.planned}, niet gereed; prognose ${p.forecast} (${p.variance})`,
    'table.late-start': p => `te late start: geplande start ${p.planned}, niet begonnen; prognose ${p.forecast} (${p.variance})`,
    'table.behind-schedule': p => `achter op schema: gepland einde ${p.planned}, prognose ${p.forecast} (${p.variance})`,
    'table.milestone-slip': p => `mijlpaal verschuift: gepland ${p.planned}, prognose ${p.forecast} (${p.variance})`,
    'table.health.done': '✓ gereed',
    'table.health.on-track': '● op schema',
    'table.health.at-risk': '▲ risico',
    'table.health.late': '✖ te laat',

    // ── De eigen woorden van de roadmap ──────────────────────────────────────────────────────────────────
    'render.title': p => `${p.title} — roadmap`,
    'render.span': p => `${p.forecast ? 'prognose ' : ''}${p.start} → ${p.last}`,
    'render.shown-of': p => `${p.shown} van ${p.total} activiteiten (${p.filter})`,
    'render.activities': p => counted(p.count, 'activiteit', 'activiteiten'),
    'render.folded': p =>
        `${p.all ? 'alle' : p.count} ${p.owners ? (p.count === 1 && !p.all ? 'eigenaarsgroep' : 'eigenaarsgroepen') : (p.count === 1 && !p.all ? 'fasegroep' : 'fasegroepen')} ingeklapt`,
    'render.owner': p => `eigenaar: ${p.owner}`,
    'render.by-owner': 'per eigenaar',
    'render.critical-count': p => `kritiek pad: ${counted(p.count, 'activiteit', 'activiteiten')}`,
    'render.status-date': p => `Peildatum ${p.date}`,
    'render.forecast-end': p => `einde volgens prognose ${p.end}${p.planned ? ` (gepland ${p.planned}, ${p.moved})` : ''}`,
    'render.today-outside': p => `Vandaag (${p.date}) valt ${p.before ? 'vóór het begin van deze roadmap' : 'na het einde van deze roadmap'}`,
    'render.today': p => `Vandaag ${p.date}`,
    'render.from-no-end': p => `vanaf ${p.start}, geen einde`,
    'render.from-ongoing': p => `vanaf ${p.start}, doorlopend`,
    'render.not-scheduled': 'niet ingepland',
    'render.intensity': p => `intensiteit ${p.intensity}`,
    'render.count.activities': p => `${p.count.toLocaleString('nl')} ${p.count === 1 ? 'activiteit' : 'activiteiten'}`,
    'render.folded-count': p => `ingeklapt · ${p.count.toLocaleString('nl')} ${p.count === 1 ? 'activiteit' : 'activiteiten'}`,
    'render.folded-meta': p => `ingeklapt · ${p.meta}`,
    'render.dep-requires': p => `${p.to} heeft ${p.capability ?? 'een capability'} nodig van ${p.from}`,
    'render.dep-after': p => `${p.to} na ${p.from}${p.offset ? ` ${p.offset > 0 ? '+' : '−'} ${counted(Math.abs(p.offset), 'dag', 'dagen')}` : ''}`,
    'render.kind.activity': 'activiteit',
    'render.kind.milestone': 'mijlpaal',
    'render.kind.transformation-plan': 'transformatieplan',
    'render.tip.not-scheduled': 'Niet ingepland: het zit in een kringloop van afhankelijkheden; doorbreek de kringloop om het data te geven.',
    'render.tip.forecast': p => `Prognose: ${p.value}`,
    'render.tip.planned': p => `Gepland: ${p.value}`,
    'render.tip.variance': p => `Afwijking: ${p.value}`,
    'render.tip.state': p => `Stand: ${p.state}`,
    'render.tip.progress-done': p => `${p.progress} gedaan`,
    'render.tip.health': p => `gezondheid: ${p.health}`,
    'render.tip.from': p => `Vanaf ${p.start}${p.every ? `, elke ${p.every}` : ''}, geen einde`,
    'render.tip.span': p => `${p.start} → ${p.last} (${counted(p.days, 'dag', 'dagen')})`,
    'render.tip.owner': p => `Eigenaar: ${p.owner}`,
    'render.tip.status': p => `Status: ${p.status}${p.progress !== undefined ? `, ${p.progress}%` : ''}`,
    'render.tip.provides': p => `Levert: ${p.list}`,
    'render.tip.requires': p => `Heeft nodig: ${p.list}`,
    'render.tip.after': p => `Na: ${p.list}`,
    'render.tip.not-in-base': p => `${p.base}: niet in de basis`,
    'render.tip.moved': p => `${p.base}: ${p.span} (verschoven ${p.moved})`,
    'render.base': 'Basis',
    'render.base-named': p => `Basis (${p.label})`,
    'render.capabilities': 'Capabilities',
    'render.capabilities-key': '▲ beschikbaar (alle leveranciers gereed)   ○ nodig bij de start van een activiteit',
    'render.capability-tip': p =>
        `${p.label} (${p.id}, ${p.kind}) — ${p.available ? `beschikbaar vanaf ${p.available}` : 'nooit beschikbaar: niets levert haar'}; `
        + `geleverd door ${p.providers || 'niemand'}; nodig voor ${p.requirers || 'niemand'}`,
    'render.capability-need': p => `${p.activity} heeft ${p.capability} nodig vanaf ${p.date}${p.late ? ' — vóór ze beschikbaar is' : ''}`,
    'render.legend': 'Legenda',
    'render.legend.status': 'Peildatum (prognose op deze dag)',
    'render.legend.health.done': 'Gereed',
    'render.legend.health.on-track': 'Op schema',
    'render.legend.health.at-risk': 'Risico: later dan gepland, binnen de speling',
    'render.legend.health.late': 'Te laat: verschuift het einde van het programma',
    'render.legend.progress-fill': 'Gedaan werk, %',
    'render.legend.planned': 'Geplande data, waar de prognose afwijkt',
    'render.legend.base': p => `${p.base}: data vóór ze verschoven`,
    'render.legend.bar': 'Activiteit (kleur = fase)',
    'render.legend.bar-forecast': 'Activiteit, prognose (kleur = fase)',
    'render.legend.progress': 'Voortgang',
    'render.legend.critical': 'Kritiek pad',
    'render.legend.transformation-plan': 'Transformatieplan (DTP)',
    'render.legend.milestone': 'Mijlpaal',
    'render.legend.after': 'Na (einde → start)',
    'render.legend.requires': 'Heeft een capability nodig',
    'render.legend.recurring': 'Terugkerend, geen einde',
    'render.legend.phase': 'Looptijd van de fase',
    'render.legend.summary': 'Ingeklapte groep: de looptijd van haar activiteiten',
    'render.legend.clip': 'Afgesneden aan de rand van het datumvenster',
    'render.legend.today': 'Vandaag',
    'render.legend.error': 'Fout',
    'render.legend.warning': 'Waarschuwing',
    'health.done': 'gereed',
    'health.on-track': 'op schema',
    'health.at-risk': 'risico',
    'health.late': 'te laat',
    'health.meaning.done': 'gereed',
    'health.meaning.on-track': 'op schema',
    'health.meaning.at-risk': 'risico: later dan gepland, binnen de speling',
    'health.meaning.late': 'te laat: verschuift het einde van het programma',
    'render.signed-days': p => `${p.sign}${days(p.days)}`,
    'render.span-days': p => `${p.start} → ${p.last} (${days(p.days)})`,
    'html.lang': 'nl',
    'html.phases': 'Fasen',
    'html.zoom-out': 'Uitzoomen (−)',
    'html.fit': 'Passend',
    'html.fit-title': 'Passend op de breedte (0)',
    'html.zoom-in': 'Inzoomen (+)',
    'html.theme': 'Licht / donker',
    'html.theme-title': 'Wissel tussen licht en donker',
    'html.viewport': 'Roadmap: sleep om te verschuiven, Ctrl+scrollwiel of +/− om te zoomen',
    'html.not-scheduled': 'niet ingepland (kringloop van afhankelijkheden)',
    'html.days': p => counted(p.days, 'dag', 'dagen'),
    'html.not-in-base': 'niet in de basis',
    'html.moved': p => `${p.span} (verschoven ${p.moved})`,
    'html.base': 'basis',
    'html.base-named': p => `basis (${p.label})`,
    'html.tip.id': 'id',
    'html.tip.forecast': 'prognose',
    'html.tip.planned': 'gepland',
    'html.tip.variance': 'afwijking',
    'html.tip.state': 'stand',
    'html.tip.done': 'gedaan',
    'html.tip.health': 'gezondheid',
    'html.tip.dates': 'data',
    'html.tip.slack': 'speling',
    'html.tip.critical': 'kritiek pad',
    'html.tip.owner': 'eigenaar',
    'html.tip.status': 'status',
    'html.tip.provides': 'levert',
    'html.tip.requires': 'heeft nodig',

    'render.tip.critical-path': 'kritiek pad',
    'render.tip.slack': p => `speling ${counted(p.days, 'dag', 'dagen')}`,
    'render.tip.fixed-start': 'vaste start',
    'render.summary.folded': p => `${p.title}: ${counted(p.count, 'activiteit', 'activiteiten')} ingeklapt`,
    'render.summary.progress': p => `${p.progress}% van het werk gedaan`,
    'render.summary.unfold': 'Klap uit om elke activiteit te zien (--unfold, of de knop Uitklappen in het voorbeeld).',
    'render.cap.ready-on': p => `klaar op ${p.date}`,
    'render.cap.ready-span': p => `klaar ${p.first} → ${p.last}`,
    'render.cap.none-ready': 'geen klaar',
    'render.cap.never': p => ` · ${p.count} nooit klaar`,
    'render.cap.summary-key': p =>
        `▲ waar capabilities beschikbaar komen (alle leveranciers gereed) · ${p.count} capabilities, ${p.span}${p.never}`,
    'render.cap.count': p => `${p.count} capabilities`,
    'render.cap.available-from': p => `${counted(p.count, 'capability', 'capabilities')} beschikbaar vanaf ${p.date}`,

    'md.programme': p => `Programma \`${p.id}\``,
    'md.owner': p => `eigenaar ${p.owner}`,
    'md.critical-path': p => `Kritiek pad: ${p.path}.`,
    'md.capabilities': '## Capabilities',
    'md.capabilities.columns': '| Id | Capability | Soort | Geleverd door | Beschikbaar vanaf | Nodig voor |',
    'md.never': 'nooit (niets levert haar)',
    'md.problems': '## Problemen',
    'md.problems.columns': '| Ernst | Code | Activiteit | Melding |',
    'md.phases': '## Fasen',
    'md.phases.columns': '| Fase | Soort | Start | Laatste dag | Intensiteit | Activiteiten |',
    'md.phases.columns-tracked': '| Fase | Soort | Gepland | Prognose | Intensiteit | Activiteiten |',
    'md.activities': '## Activiteiten',
    'md.activities.columns': '| Id | Activiteit | Fase | Start | Laatste dag | Dagen | Speling | Kritiek | Status | Eigenaar |',
    'md.activities.columns-tracked': '| Id | Activiteit | Fase | Gepland | Prognose | Afwijking | Stand | Voortgang | Gezondheid | Speling | Kritiek | Eigenaar |',
    'md.ongoing': 'doorlopend',
    'md.yes': 'ja',
    'md.no-end': 'geen einde',
    'md.from': p => `vanaf ${p.start}`,
    'md.from-ongoing': p => `vanaf ${p.start}, doorlopend`,
    'md.status-summary': p => `Peildatum **${p.date}** · ${p.end}${p.health ? ` · ${p.health}` : ''}.`,
    'mermaid.recurring': p => `${p.name} (elke ${p.every ?? 'cyclus'}, geen einde)`,
    'mermaid.not-scheduled': p => `${p.id} is niet ingepland (kringloop van afhankelijkheden)`,

    // ── dtp diff: wat is verschoven ──────────────────────────────────────────────────────────────────────
    'diff.did-not-move': 'niet verschoven',
    'diff.moved': p => `${days(Math.abs(p.days))} ${p.days > 0 ? 'later' : 'eerder'}`,
    'diff.cap.shift': p => `${days(p.days)} ${p.later ? 'later' : 'eerder'} klaar`,
    'diff.cap.ready': 'nu klaar (was nooit klaar)',
    'diff.cap.unready': 'niet meer klaar (niets levert haar op tijd)',
    'diff.cap.added': 'nieuw',
    'diff.cap.removed': 'verwijderd',
    'diff.change.moved': 'verschoven',
    'diff.change.added': 'toegevoegd',
    'diff.change.removed': 'verwijderd',
    'diff.programme': p => `Programma ${p.id}`,
    'diff.end': 'einde',
    'diff.status-date': 'peildatum',
    'diff.milestones': p => `Mijlpalen (${p.count} gewijzigd)`,
    'diff.milestones-none': '  geen verschoven',
    'diff.activities': p => `Activiteiten (${p.moved} verschoven, ${p.added} toegevoegd, ${p.removed} verwijderd)`,
    'diff.activities-none': '  geen verschoven, toegevoegd of verwijderd',
    'diff.start': 'start',
    'diff.last-day': 'laatste dag',
    'diff.not-scheduled': 'niet ingepland',
    'diff.to': p => ` tot en met ${p.date}`,
    'diff.capabilities': p => `Capabilities (${p.count} gewijzigd)`,
    'diff.critical-path': 'Kritiek pad',
    'diff.unchanged': p => `  ongewijzigd: ${p.path}`,
    'diff.before': p => `  voor: ${p.path}`,
    'diff.after': p => `  na:   ${p.path}`,
    'diff.none': '(geen)',
    'diff.md.title': p => `### Wijzigingen in de roadmap: ${p.name}`,
    'diff.md.end-still': p => `Het einde van het programma is niet verschoven: **${p.date}**`,
    'diff.md.end-moved': p =>
        `Het einde van het programma is **${days(Math.abs(p.days))} ${p.days > 0 ? 'later' : 'eerder'}** komen te liggen: ${p.base} → **${p.head}**`,
    'diff.md.compared': p => `${p.summary} (vergeleken met ${p.base}).`,
    'diff.md.status-date': p => `Peildatum: ${p.change}.`,
    'diff.md.milestones': p => `#### Mijlpalen (${p.count} gewijzigd)`,
    'diff.md.milestones-none': 'Geen mijlpaal is verschoven.',
    'diff.md.milestones.columns': '| Mijlpaal | | Was | Nu | Dagen |',
    'diff.md.new': '*(nieuw)*',
    'diff.md.removed': '*(verwijderd)*',
    'diff.md.activities': p => `#### Activiteiten (${p.moved} verschoven, ${p.added} toegevoegd, ${p.removed} verwijderd)`,
    'diff.md.activities-none': 'Geen activiteit is verschoven, toegevoegd of verwijderd.',
    'diff.md.activities.columns': '| Activiteit | | Wijziging | Start | Laatste dag | Dagen |',
    'diff.md.capabilities': p => `#### Capabilities (${p.count} gewijzigd)`,
    'diff.md.capabilities.columns': '| Capability | | Klaar vanaf | Wijziging |',
    'diff.md.critical-path': '#### Kritiek pad',
    'diff.md.none': '*(geen)*',
    'diff.md.path-more': p => ` … en nog ${p.count}`,
    'diff.md.unchanged': p => `Ongewijzigd: ${p.path}`,
    'diff.md.before': p => `- Voor: ${p.path}`,
    'diff.md.after': p => `- Na: ${p.path}`,
    'diff.md.more': p => `… en nog ${p.count} (voer \`dtp diff\` lokaal uit voor de hele lijst).`,

    // ── Het bord: één dia voor een bestuur ────────────────────────────────────────────────────────────────
    'board.milestones': p => counted(p.count, 'mijlpaal', 'mijlpalen'),
    'board.forecast-end': p => `Einde volgens prognose ${p.date}`,
    'board.planned': p => `gepland ${p.date}  ·  ${p.moved}`,
    'board.on-plan': 'volgens plan',
    'board.ends': p => `Einde ${p.date}`,
    'board.transformation-plan': 'Transformatieplan',
    'board.plans': p => `${p.count} plannen`,
    'board.activities': p => counted(p.count, 'activiteit', 'activiteiten'),
    'board.from-ongoing': p => `vanaf ${p.date}, doorlopend`,
    'board.done': p => `${p.progress}% gedaan`,
    'board.ongoing': 'doorlopend',
    'board.planned-date': p => `  (gepland ${p.date})`,
    'board.planned-tip': p => `, gepland ${p.date}`,
    'board.unlabelled': p => `nog ${p.count} zonder label:`,
    'board.see-detail': 'zie de detailweergave',
    'board.legend.phase': 'Fase',
    'board.legend.phase-forecast': 'Fase, prognose',
    'board.legend.planned': 'Gepland',
    'board.legend.work-done': 'Gedaan werk',
    'board.legend.status-date': 'Peildatum',
    'board.legend.milestone': 'Mijlpaal',
    'board.legend.critical': 'Kritiek',
    'board.months': p => `${p.count} ${p.count === 1 ? 'maand' : 'maanden'}`,
    'board.years': p => `${String(p.count).replace('.', ',')} jaar`,
    'view.phases': p => `${p.count === 1 ? 'fase' : 'fasen'} ${p.names}`,
    'view.owners': p => `${p.count === 1 ? 'eigenaar' : 'eigenaren'} ${p.names}`,
    'view.critical-only': 'alleen het kritieke pad',

    // ── Snelle oplossingen: hun titels ───────────────────────────────────────────────────────────────────
    'fix.add-phase': p => `Voeg de fase ${p.kind} toe`,
    'fix.reorder': p => `Zet de fasen in de vaste volgorde (${p.order})`,
    'fix.provide': p => `Zet \`provides ${p.capability}\` bij activiteit \`${p.activity}\` in het fundament`,
    'fix.make-plan': p => `Maak van \`${p.name}\` het transformatieplan (\`transformation-plan ${p.name}\`)`,
    'fix.add-plan': 'Voeg een transformation-plan (het Digitaal Transformatieplan) toe aan de initiatiefase',
    'fix.change-name': p => `Verander \`${p.from}\` in \`${p.to}\``,
    'fix.declare': p => `Declareer \`${p.name}\` als capability (${p.kind})`,
    'fix.rename': p =>
        `Hernoem ${RENAMED[p.what] ?? p.what} \`${p.name}\` tot \`${p.newName}\`${p.uses > 0 ? ` (en ${p.uses === 1 ? 'het gebruik ervan' : `de ${p.uses} keer dat het wordt gebruikt`})` : ''}`,
    'fix.recur': p => `Laat \`${p.name}\` terugkeren: \`every ${p.value}\``,
    'fix.remove-duration': 'Verwijder de duur van continue verbetering (die heeft geen einde)',
    'fix.progress-100': 'Zet de voortgang op 100%',
    'fix.progress-0': 'Zet de voortgang op 0%',
    'fix.mark-active': 'Markeer als bezig (active)',
    'fix.mark-done': 'Markeer als gereed (done)',
    'fix.mark-done-100': 'Markeer als gereed (done, voortgang 100%)',
    'fix.mark-finished': p => `Markeer als klaar op ${p.day}`,
    // ── De exportformaten (packages/roadmap/src/export) ──────────────────────────────────────────────────
    'export.sheet.activities': 'activiteiten',
    'export.sheet.milestones': 'mijlpalen',
    'export.sheet.capabilities': 'capabilities',
    'export.column.id': 'id',
    'export.column.label': 'naam',
    'export.column.phase': 'fase',
    'export.column.kind': 'soort',
    'export.column.owner': 'eigenaar',
    'export.column.duration': 'duur',
    'export.column.planned-start': 'geplande start',
    'export.column.planned-last-day': 'geplande laatste dag',
    'export.column.forecast-start': 'prognose start',
    'export.column.forecast-last-day': 'prognose laatste dag',
    'export.column.variance': 'afwijking (dagen)',
    'export.column.slack': 'speling (dagen)',
    'export.column.critical': 'kritiek',
    'export.column.state': 'stand',
    'export.column.health': 'gezondheid',
    'export.column.progress': 'voortgang (%)',
    'export.column.after': 'na',
    'export.column.provides': 'levert',
    'export.column.requires': 'heeft nodig',
    'export.column.planned-date': 'geplande datum',
    'export.column.forecast-date': 'prognose datum',
    'export.column.providers': 'geleverd door',
    'export.column.requirers': 'nodig voor',
    'export.column.ready-date': 'beschikbaar vanaf',
    'export.ics.calendar': p => `${p.title}: mijlpalen en fasen`,
    'export.ics.calendar-forecast': p => `${p.title}: mijlpalen en fasen, prognose per ${p.date}`,
    'export.ics.phase-starts': p => `${p.name} begint`,
    'export.ics.phase-ends': p => `${p.name} eindigt`,
    'export.ics.phase-begins': p => `${p.name}: de fase begint`,
    'export.ics.phase-last-day': p => `${p.name}: de fase eindigt (de laatste dag)`,
    'export.ics.phase-forecast': p => `Prognose per ${p.date}; gepland: ${p.planned}${p.shift}`,
    'export.ics.milestone': p => `Mijlpaal ${p.id} (${p.phase})`,
    'export.ics.owner': p => `Eigenaar: ${p.owner}`,
    'export.ics.reached': p => `Bereikt op ${p.date}`,
    'export.ics.forecast': p => `Prognose per ${p.status}: ${p.date}`,
    'export.ics.planned': p => `Gepland: ${p.date}${p.shift}`,
    // The health code as the Dutch word (the English text keeps the code, as the calendar always wrote it).
    'export.ics.health': p => `Gezondheid: ${({ 'done': 'gereed', 'on-track': 'op schema', 'at-risk': 'risico', 'late': 'te laat' } as Record<string, string>)[p.health] ?? p.health}`,
    'export.ics.critical': 'Op het kritieke pad',
    'export.shift': p => ` (${p.days > 0 ? '+' : '-'}${counted(Math.abs(p.days), 'dag', 'dagen')})`,
    'export.msproject.calendar': 'DTP-kalenderdagen (week van 7 dagen)',
    'export.msproject.id': 'DTP-id',
    'export.msproject.state': 'Stand',
    'export.msproject.health': 'Gezondheid',
    'export.archimate.plateau': p => `${p.name} gereed`,
    'export.archimate.plateau-text': p => `De toestand die bereikt is wanneer ${p.phase} eindigt (${p.date}).`,
    'export.archimate.gap-text': p => `Wat er verandert tussen ${p.from} en ${p.to}.`
};
