// One mistake, one message: a user's first mistakes each give exactly one diagnostic, follow-on problems are not
// reported again, and no input makes the scheduler invent a date. Each rule with a case that must not fire.
import { describe, expect, test } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createDtpServices } from '../src/dtp-module.js';
import type { Plan } from '../src/generated/ast.js';
import { scheduleProgramme } from '../src/scheduler/schedule.js';

const services = createDtpServices(EmptyFileSystem).Dtp;
const parse = parseHelper<Plan>(services);

async function diagnosticsOf(text: string) {
    const document = await parse(text, { validation: true });
    return (document.diagnostics ?? []).map(d => ({ code: String(d.code), message: d.message, line: d.range.start.line }));
}

async function codesOf(text: string): Promise<string[]> {
    return (await diagnosticsOf(text)).map(d => d.code);
}

/** A clean four-phase plan; `extra` lands in the foundation phase, `improvement` replaces the portal's properties. */
function plan({ extra = '', improvement = 'duration 3m  requires cloud', head = 'start 2027-01-04', foundation = '' } = {}): string {
    return `programme p {
    ${head}
    capability cloud "Cloud" facility
    phase initiation {
        transformation-plan dtp { duration 4w }
    }
    phase foundation {
        ${foundation}
        activity landing { duration 3m  after dtp  provides cloud }
        ${extra}
    }
    phase improvement {
        activity portal { ${improvement} }
    }
    phase continuous-improvement {
        activity review { every 3m }
    }
}`;
}

describe('no follow-on phase errors', () => {
    test('a typo in `requires` is reported once, as the unresolved name', async () => {
        expect(await codesOf(plan())).toEqual([]);
        expect(await codesOf(plan({ improvement: 'duration 3m  requires clod' }))).toEqual(['unresolved-reference']);
    });

    test('a cycle is reported once, with no phase errors from the dates it leaves behind', async () => {
        const codes = await codesOf(plan({ extra: 'activity a { duration 1w after b }\n activity b { duration 1w after a  provides cloud }' }));
        expect(codes).toEqual(['dependency-cycle']);
    });

    test('without a typo or a cycle, a real phase problem is still reported (must fire)', async () => {
        expect(await codesOf(plan({ improvement: 'duration 3m  requires cloud  start 2026-12-01' }))).toContain('phase-starts-early');
    });
});

describe('Unicode names', () => {
    test('any Unicode letter makes a name; references to it resolve', async () => {
        const text = plan({ extra: 'activity patiëntportaal "Patiëntportaal" { duration 1m after landing }\n activity straße { duration 1w after patiëntportaal }' });
        expect(await codesOf(text)).toEqual([]);
    });

    test('a character no name may hold gives exactly one error, which names it', async () => {
        const found = await diagnosticsOf(plan({ extra: 'activity a§b { duration 1w after landing }' }));
        expect(found.map(d => d.code)).toEqual(['syntax-error']);
        expect(found[0].message).toContain('`§`');
        expect(found[0].message).toContain('`ab`');
    });
});

describe('misspelled keywords and day-first dates', () => {
    test('`phase initiatie`: one error with the kind meant, and no false missing-phase', async () => {
        const found = await diagnosticsOf(plan().replace('phase initiation', 'phase initiatie'));
        expect(found.map(d => d.code)).toEqual(['syntax-error']);
        expect(found[0].message).toContain('Did you mean `initiation`?');
    });

    test('`activty`: one error with the kind meant; the rest of the file is still checked', async () => {
        const found = await diagnosticsOf(plan({ extra: 'activty other { duration 1m  after dtp }\n activity late { duration 1w  after nothing }' }));
        expect(found.map(d => d.code).sort()).toEqual(['syntax-error', 'unresolved-reference']);
        expect(found.find(d => d.code === 'syntax-error')!.message).toContain('Did you mean `activity`?');
    });

    test('an unknown phase kind is named as written, never "undefined", and is the one error in that phase', async () => {
        const found = await diagnosticsOf(plan().replace('phase initiation', 'phase kickoff'));
        const errors = found.filter(d => d.code !== 'missing-phase' && d.code !== 'missing-transformation-plan');
        expect(errors.map(d => d.code)).toEqual(['syntax-error']);
        expect(errors[0].message).toContain('`kickoff` is not a phase kind');
        expect(found.every(d => !d.message.includes('undefined'))).toBe(true);
    });

    test('`start 01-09-2026` is one error that proposes 2026-09-01; a year-first date is fine', async () => {
        const found = await diagnosticsOf(plan({ head: 'start 01-09-2026' }));
        expect(found.map(d => d.code)).toEqual(['invalid-date']);
        expect(found[0].message).toContain('Write `2026-09-01`');
        expect(await codesOf(plan({ head: 'start 2026-09-01' }))).toEqual([]);
        expect((await diagnosticsOf(plan({ head: 'start 31.02.2027' })))[0].message).toContain('2027-02 has days 01 to 28');
    });
});

describe('phase-too-short and phase-ends-early', () => {
    test('a phase whose duration ends before its work: one warning naming the work; exactly long enough: none', async () => {
        // landing: 02-01 → 05-01 (3 months); the phase from 02-01 lasting 2m ends 04-01; 3m ends with landing.
        const short = await diagnosticsOf(plan({ foundation: 'duration 2m' }));
        expect(short.map(d => d.code)).toEqual(['phase-too-short']);
        expect(short[0].message).toContain('ends on 2027-03-31, but `landing` in it ends on 2027-04-30');
        expect(await codesOf(plan({ foundation: 'duration 3m' }))).toEqual([]);
    });

    test('phase-ends-early names what makes the previous phase end: its own duration', async () => {
        // The foundation lasts 1y by its duration; the improvement ends long before.
        const found = await diagnosticsOf(plan({ foundation: 'duration 1y', improvement: 'duration 1m  requires cloud' }));
        const ends = found.find(d => d.code === 'phase-ends-early')!;
        expect(ends.message).toContain('ends on 2028-01-31 (its `duration`)');
        expect(ends.message).not.toContain('`landing` ends');
    });
});

describe('nothing is silently ignored', () => {
    test('a milestone with a duration or a recurrence is an error, once per property', async () => {
        const found = await diagnosticsOf(plan({ extra: 'milestone ready { after landing  duration 2w  every 1m }' }));
        expect(found.map(d => d.code)).toEqual(['invalid-duration', 'invalid-duration']);
        expect(found[0].message).toContain('a milestone is a moment');
        expect(await codesOf(plan({ extra: 'milestone ready { after landing }' }))).toEqual([]);
    });

    test('a programme without start warns, and its dates do not follow the clock', async () => {
        const text = plan({ head: '' });
        expect(await codesOf(text)).toEqual(['missing-start']);
        const document = await parse(text);
        const programme = document.parseResult.value.programmes[0];
        const one = scheduleProgramme(programme, { today: '2027-06-01' }).model;
        const other = scheduleProgramme(programme, { today: '2031-02-17' }).model;
        expect(one.programme.start).toBe('2000-01-03');
        expect(other).toEqual(one);
    });

    test('without start, the earliest written date counts, a recorded fact or a phase start included', async () => {
        const document = await parse(plan({ head: '', foundation: 'start 2027-05-03' }));
        expect(scheduleProgramme(document.parseResult.value.programmes[0]).model.programme.start).toBe('2027-05-03');
    });
});

describe('no invented dates', () => {
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(readFileSync(require.resolve('@dtp/roadmap/schema.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
    const validateModel = ajv.compile(schema);

    async function modelOf(text: string) {
        const document = await parse(text);
        return scheduleProgramme(document.parseResult.value.programmes[0]).model;
    }

    test('a duration beyond a century is invalid-duration and is not scheduled', async () => {
        const text = plan({ extra: 'activity huge { duration 300000y after landing }\n activity next { duration 1w after huge }' });
        const found = await diagnosticsOf(text);
        expect(found.map(d => d.code)).toEqual(['invalid-duration']);
        const model = await modelOf(text);
        expect(JSON.stringify(model)).not.toContain('NaN');
        expect(validateModel(model), JSON.stringify(validateModel.errors)).toBe(true);
        // `huge` has no valid duration: it takes no time, and what follows it is dated as usual.
        expect(model.activities.find(a => a.id === 'next')!.start).toBe('2027-05-01');
    });

    test('work that would end past 9999-12-31 gets no dates, nor does what waits for it; one message', async () => {
        // dtp: 9999-11-01 → 9999-11-29; landing would run 9999-11-29 → 10000-02-29; portal requires what it provides.
        const text = plan({ head: 'start 9999-11-01', improvement: 'duration 3m  requires cloud' });
        const found = await diagnosticsOf(text);
        expect(found.filter(d => d.code === 'invalid-duration').map(d => d.message)).toEqual([
            expect.stringContaining('`landing` would end after 9999-12-31')
        ]);
        const model = await modelOf(text);
        expect(model.activities.find(a => a.id === 'dtp')).toMatchObject({ start: '9999-11-01', end: '9999-11-29' });
        expect(model.activities.find(a => a.id === 'landing')).toMatchObject({ scheduled: false, start: null, end: null });
        expect(model.activities.find(a => a.id === 'portal')).toMatchObject({ scheduled: false, start: null, end: null });
        expect(validateModel(model), JSON.stringify(validateModel.errors)).toBe(true);
    });

    test('a capability whose kind did not parse: the model stays schema-valid and says nothing it does not know', async () => {
        const text = plan().replace('capability cloud "Cloud" facility', 'capability cloud "Cloud"');
        const model = await modelOf(text);
        expect(model.capabilities.find(c => c.id === 'cloud')).toMatchObject({ kind: null, label: 'Cloud' });
        expect(validateModel(model), JSON.stringify(validateModel.errors)).toBe(true);
        const [{ renderMarkdown }, { renderSvg }] = await Promise.all([import('@dtp/roadmap'), import('@dtp/roadmap/render')]);
        expect(renderMarkdown(model)).not.toContain('undefined');
        expect(renderSvg(model)).not.toContain('undefined');
    });

    test('fuzzed plans: every model validates against its own schema', async () => {
        let seed = 7;
        const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
        const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
        const dates = ['0001-01-01', '1899-12-31', '2027-02-30', '2027-Q5', '2027-13', '9999-12-31', '9999-12', '2027-01-04', '2400-02-29'];
        const durations = ['0d', '1d', '99999d', '100y', '101y', '3m', '1q', '5218w', '5219w', '12x'];
        for (let round = 0; round < 60; round++) {
            const activities = Array.from({ length: 6 }, (_, i) => {
                const properties = [
                    next() < 0.8 ? `duration ${pick(durations)}` : '',
                    next() < 0.3 ? `start ${pick(dates)}` : '',
                    i > 0 && next() < 0.7 ? `after a${Math.floor(next() * i)} ${next() < 0.3 ? `+ ${pick(durations)}` : ''}` : '',
                    next() < 0.2 ? `started ${pick(dates)}` : '',
                    next() < 0.2 ? `finished ${pick(dates)}` : '',
                    next() < 0.3 ? `progress ${Math.floor(next() * 120)}%` : ''
                ];
                return `${i === 3 ? 'milestone' : 'activity'} a${i} { ${properties.join('  ')} }`;
            });
            const text = `programme p {
    start ${pick(dates)}
    ${next() < 0.5 ? `status-date ${pick(dates)}` : ''}
    phase initiation { ${activities.slice(0, 3).join('\n')} }
    phase foundation { ${activities.slice(3).join('\n')} }
    phase continuous-improvement { activity r { every ${pick(durations)} } }
}`;
            const model = await modelOf(text);
            expect(validateModel(model), `${text}\n${JSON.stringify(validateModel.errors)}`).toBe(true);
        }
    });
});
