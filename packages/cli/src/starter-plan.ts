// The plan `dtp init` writes: all four phases in order, a transformation plan, capabilities provided in
// foundation and required in improvement, and recurring continuous-improvement work. It validates with no
// error, warning, info or hint, so a new user starts from a clean `dtp validate`.

/** Words the grammar reserves: an id must not be one of them (soft keywords are allowed but avoided here). */
const KEYWORDS = new Set([
    'import', 'programme', 'start', 'owner', 'description', 'capability', 'competence', 'facility', 'phase', 'duration',
    'intensity', 'initiation', 'foundation', 'improvement', 'continuous-improvement', 'low', 'medium', 'high', 'activity',
    'milestone', 'transformation-plan', 'after', 'provides', 'requires', 'status', 'progress', 'every', 'planned',
    'active', 'done'
]);

/** A programme id from a directory name: `My Town 2030` → `my-town-2030`. */
export function programmeIdFrom(name: string): string {
    let id = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
        .replace(/[^a-z0-9_-]+/g, '-').replace(/-{2,}/g, '-').replace(/^[-_]+|[-_]+$/g, '');
    if (/^\d/.test(id)) id = `plan-${id}`;
    if (!id) id = 'transformation';
    if (KEYWORDS.has(id)) id = `${id}-programme`;
    return id;
}

function quoted(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export interface StarterPlanOptions {
    /** Names the programme; usually the directory's name. */
    name: string;
    /** The programme start, YYYY-MM-DD. */
    start: string;
}

export function starterPlan({ name, start }: StarterPlanOptions): string {
    const id = programmeIdFrom(name);
    const title = name.trim() ? `${name.trim()} — digital transformation` : 'Digital transformation';
    return `// Digital transformation plan, written by \`dtp init\`. Check it with \`dtp validate\`,
// see its dates with \`dtp schedule plan.dtp\`. The four phases keep this order and may overlap.

programme ${id} ${quoted(title)} {
    start ${start}
    owner "Programme office"
    description "What the transformation should achieve, and for whom."

    // Capabilities: competences and basic facilities. Foundation work provides them; improvement work requires them.
    capability cloud "Cloud platform" facility
    capability data-literacy "Data literacy" competence

    phase initiation "Initiation" {
        intensity high
        transformation-plan dtp "Digital Transformation Plan" {
            duration 6w
            owner "Programme office"
        }
        milestone approved "Plan approved" {
            after dtp
        }
    }

    phase foundation "Foundation" {
        intensity high
        activity platform "Cloud platform" {
            duration 3m
            after approved
            provides cloud
        }
        activity training "Data literacy training" {
            duration 4m
            after approved
            provides data-literacy
        }
    }

    phase improvement "Improvement" {
        intensity medium
        activity portal "Self-service portal" {
            duration 5m
            requires cloud          // starts when the cloud platform is ready
        }
        activity insights "Management information dashboards" {
            duration 3m
            requires cloud, data-literacy
        }
    }

    // Not a project phase but a lasting state: its activities recur and never end.
    phase continuous-improvement "Continuous improvement" {
        activity review "Benefits review" {
            every 3m
        }
        activity backlog "Improvement backlog refinement" {
            every 1m
        }
    }
}
`;
}
