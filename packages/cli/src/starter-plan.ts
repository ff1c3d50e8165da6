// The plan `dtp init` writes: all four phases in order, a transformation plan, capabilities provided in
// foundation and required in improvement, and recurring continuous-improvement work. It validates with no
// error, warning, info or hint, so a new user starts from a clean `dtp validate`. In the user's language: the
// keywords are the language's own, the comments, labels and ids are the user's to keep or change.
import type { Locale } from '@dtp/roadmap/i18n';

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
    /** The language of the comments, labels and ids (`--lang`, or the environment's); default English. */
    locale?: Locale;
}

/** The words of the starter plan, per language: what a new user reads first, and then edits into their own plan. */
interface StarterWords {
    header: string;
    title: (name: string) => string;
    untitled: string;
    owner: string;
    description: string;
    capabilitiesComment: string;
    ids: Record<'cloud' | 'literacy' | 'approved' | 'platform' | 'training' | 'portal' | 'insights' | 'review' | 'backlog', string>;
    labels: Record<'cloud' | 'literacy' | 'initiation' | 'plan' | 'approved' | 'foundation' | 'platform' | 'training' | 'improvement'
        | 'portal' | 'insights' | 'continuous' | 'review' | 'backlog', string>;
    portalComment: string;
    continuousComment: string;
}

const WORDS: Record<Locale, StarterWords> = {
    en: {
        header: `// Digital transformation plan, written by \`dtp init\`. Check it with \`dtp validate\`,
// see its dates with \`dtp schedule plan.dtp\`. The four phases keep this order and may overlap.`,
        title: name => `${name} — digital transformation`,
        untitled: 'Digital transformation',
        owner: 'Programme office',
        description: 'What the transformation should achieve, and for whom.',
        capabilitiesComment: '// Capabilities: competences and basic facilities. Foundation work provides them; improvement work requires them.',
        ids: { cloud: 'cloud', literacy: 'data-literacy', approved: 'approved', platform: 'platform', training: 'training', portal: 'portal', insights: 'insights', review: 'review', backlog: 'backlog' },
        labels: {
            cloud: 'Cloud platform', literacy: 'Data literacy', initiation: 'Initiation', plan: 'Digital Transformation Plan', approved: 'Plan approved',
            foundation: 'Foundation', platform: 'Cloud platform', training: 'Data literacy training', improvement: 'Improvement',
            portal: 'Self-service portal', insights: 'Management information dashboards', continuous: 'Continuous improvement',
            review: 'Benefits review', backlog: 'Improvement backlog refinement'
        },
        portalComment: '// starts when the cloud platform is ready',
        continuousComment: '// Not a project phase but a lasting state: its activities recur and never end.'
    },
    nl: {
        header: `// Digitaliseringsplan, geschreven door \`dtp init\`. Controleer het met \`dtp validate\`,
// bekijk de data met \`dtp schedule plan.dtp\`. De vier fasen houden deze volgorde en mogen overlappen.`,
        title: name => `${name} — digitale transformatie`,
        untitled: 'Digitale transformatie',
        owner: 'Programmabureau',
        description: 'Wat de transformatie moet bereiken, en voor wie.',
        capabilitiesComment: '// Capabilities: competenties en basisvoorzieningen. Het werk in het fundament levert ze; verbeterwerk heeft ze nodig.',
        ids: { cloud: 'cloud', literacy: 'datavaardigheid', approved: 'goedgekeurd', platform: 'platform', training: 'training', portal: 'portaal', insights: 'stuurinformatie', review: 'batenreview', backlog: 'verbeterlijst' },
        labels: {
            cloud: 'Cloudplatform', literacy: 'Datavaardigheid', initiation: 'Initiatiefase', plan: 'Digitaal transformatieplan', approved: 'Plan goedgekeurd',
            foundation: 'Digitaal fundament', platform: 'Cloudplatform', training: 'Training datavaardigheid', improvement: 'Verbetering',
            portal: 'Selfserviceportaal', insights: 'Dashboards met stuurinformatie', continuous: 'Continue verbetering',
            review: 'Batenreview', backlog: 'Verbeterlijst bijwerken'
        },
        portalComment: '// begint zodra het cloudplatform klaar is',
        continuousComment: '// Geen projectfase maar een blijvende toestand: de activiteiten keren terug en eindigen nooit.'
    }
};

export function starterPlan({ name, start, locale = 'en' }: StarterPlanOptions): string {
    const words = WORDS[locale] ?? WORDS.en;
    const { ids, labels } = words;
    const id = programmeIdFrom(name);
    const title = name.trim() ? words.title(name.trim()) : words.untitled;
    return `${words.header}

programme ${id} ${quoted(title)} {
    start ${start}
    owner ${quoted(words.owner)}
    description ${quoted(words.description)}

    ${words.capabilitiesComment}
    capability ${ids.cloud} ${quoted(labels.cloud)} facility
    capability ${ids.literacy} ${quoted(labels.literacy)} competence

    phase initiation ${quoted(labels.initiation)} {
        intensity high
        transformation-plan dtp ${quoted(labels.plan)} {
            duration 6w
            owner ${quoted(words.owner)}
        }
        milestone ${ids.approved} ${quoted(labels.approved)} {
            after dtp
        }
    }

    phase foundation ${quoted(labels.foundation)} {
        intensity high
        activity ${ids.platform} ${quoted(labels.platform)} {
            duration 3m
            after ${ids.approved}
            provides ${ids.cloud}
        }
        activity ${ids.training} ${quoted(labels.training)} {
            duration 4m
            after ${ids.approved}
            provides ${ids.literacy}
        }
    }

    phase improvement ${quoted(labels.improvement)} {
        intensity medium
        activity ${ids.portal} ${quoted(labels.portal)} {
            duration 5m
            requires ${ids.cloud}          ${words.portalComment}
        }
        activity ${ids.insights} ${quoted(labels.insights)} {
            duration 3m
            requires ${ids.cloud}, ${ids.literacy}
        }
    }

    ${words.continuousComment}
    phase continuous-improvement ${quoted(labels.continuous)} {
        activity ${ids.review} ${quoted(labels.review)} {
            every 3m
        }
        activity ${ids.backlog} ${quoted(labels.backlog)} {
            every 1m
        }
    }
}
`;
}
