// Generates synthetic .dtp plans for the benchmark (scripts/bench.mjs) and the CLI's large-input tests:
// the benchmark's shape — four phases, capabilities provided in foundation and required in improvement, each
// activity `after` 1–2 earlier ones, recurring continuous-improvement work — deterministic for a given size.

/** A small deterministic generator (mulberry32), so every run benchmarks the same plan. */
function random(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/**
 * A plan of about `activities` activities. Options: `descriptionLength` pads each activity with a description
 * of that many characters (big files without more activities); `seed`.
 * Returns the text; lines are joined once at the end, so generation is linear.
 */
export function generatePlan(activities, { descriptionLength = 0, seed = 1 } = {}) {
    const next = random(seed);
    const pick = (n) => Math.floor(next() * n);
    const recurring = Math.max(2, Math.round(activities * 0.01));
    const initiation = Math.max(2, Math.round(activities * 0.05));
    const foundation = Math.max(4, Math.round(activities * 0.44));
    const improvement = Math.max(1, activities - initiation - foundation - recurring);
    // About 4 providers and 5 requirers per capability, as in real catalogues (a capability is built by a few
    // activities, not by hundreds), so the number of requires-edges grows linearly with the plan.
    const capabilities = Math.max(4, Math.round(foundation / 4));
    const padding = descriptionLength > 0 ? ` description "${'Lorem ipsum dolor sit amet. '.repeat(Math.ceil(descriptionLength / 28)).slice(0, descriptionLength)}"` : '';
    const lines = [`// Generated benchmark plan: ${activities} activities.`, `programme bench "Benchmark plan of ${activities} activities" {`, '    start 2027-01-04'];
    for (let c = 0; c < capabilities; c++) lines.push(`    capability cap${c} "Capability ${c}" ${c % 2 === 0 ? 'facility' : 'competence'}`);
    const ids = [];
    // 1–2 finish-to-start dependencies on recent earlier activities (same or earlier phase), sometimes with a lag.
    const dependencies = () => {
        const count = ids.length > 1 && next() < 0.5 ? 2 : 1;
        const chosen = new Set();
        for (let k = 0; k < count; k++) chosen.add(ids[ids.length - 1 - pick(Math.min(ids.length, 50))]);
        return [...chosen].map((id) => (next() < 0.1 ? `${id} + ${1 + pick(3)}w` : id)).join(', ');
    };
    const duration = () => `${1 + pick(8)}w`;

    lines.push('    phase initiation "Initiation" {', '        intensity high');
    lines.push(`        transformation-plan dtp "Digital Transformation Plan" { duration 6w${padding} }`);
    ids.push('dtp');
    for (let i = 1; i < initiation; i++) {
        const id = `a${ids.length}`;
        lines.push(`        activity ${id} "Initiation activity ${i}" { duration ${duration()} after ${dependencies()}${padding} }`);
        ids.push(id);
    }
    lines.push('    }', '    phase foundation "Foundation" {');
    for (let i = 0; i < foundation; i++) {
        const id = `a${ids.length}`;
        lines.push(`        activity ${id} "Foundation activity ${i}" { duration ${duration()} after ${dependencies()} provides cap${i % capabilities}${padding} }`);
        ids.push(id);
    }
    lines.push('    }', '    phase improvement "Improvement" {');
    for (let i = 0; i < improvement; i++) {
        const id = `a${ids.length}`;
        lines.push(`        activity ${id} "Improvement activity ${i}" { duration ${duration()} after ${dependencies()} requires cap${i % capabilities}${padding} }`);
        ids.push(id);
    }
    lines.push('    }', '    phase continuous-improvement "Continuous improvement" {');
    for (let i = 0; i < recurring; i++) {
        lines.push(`        activity ci${i} "Recurring improvement ${i}" { every ${1 + pick(3)}m${padding} }`);
    }
    lines.push('    }', '}', '');
    return lines.join('\n');
}

/** One dependency chain of `length` activities (no stack overflow on long chains; README, Performance). */
export function generateChain(length) {
    const lines = ['// Generated benchmark plan: one dependency chain.', `programme chain "A chain of ${length} activities" {`, '    start 2027-01-04',
        '    capability base "Base platform" facility',
        '    phase initiation "Initiation" {', '        transformation-plan dtp "Digital Transformation Plan" { duration 6w }', '    }',
        '    phase foundation "Foundation" {'];
    let previous = 'dtp';
    for (let i = 1; i <= length; i++) {
        const id = `c${i}`;
        lines.push(`        activity ${id} "Step ${i}" { duration 1d after ${previous}${i === length ? ' provides base' : ''} }`);
        previous = id;
    }
    lines.push('    }', '    phase improvement "Improvement" {', '        activity use "Uses the base" { duration 2w requires base }', '    }',
        '    phase continuous-improvement "Continuous improvement" {', '        activity review "Benefits review" { every 3m }', '    }', '}', '');
    return lines.join('\n');
}
