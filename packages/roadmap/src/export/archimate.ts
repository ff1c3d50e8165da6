// The Open Group ArchiMate Model Exchange File Format (3.1), written with xmlbuilder2 and valid against the
// official XSD (archimate3_Diagram.xsd): the implementation-and-migration view of the plan for architecture tools.
//   - the programme, each phase and each activity are Work Packages (programme ⊃ phases ⊃ activities by Composition);
//   - milestones are Implementation Events; capabilities are Capabilities;
//   - `after` dependencies (and providers before requirers) are Triggering relationships;
//   - an activity that provides a capability Realizes it; one that requires it is Associated with it;
//   - a Plateau at the end of each phase that ends (continuous improvement does not), realized by that phase's work
//     package and aggregating the capabilities ready by then; consecutive plateaus Trigger each other, with a Gap
//     associated with both between them.
// Dates, owner, state, health and slack are properties. Identifiers are derived from the programme and element ids,
// so a re-import matches elements by identifier. No views: tools draw their own from the elements.
// The names and documentation of phases, plateaus and gaps are in the reader's language; identifiers, types,
// property names (which scripts and re-imports look up) and folder labels are not.
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { lastDay } from '../dates.js';
import { DEFAULT_LOCALE, phaseName, phaseTitle, t, type Locale } from '../i18n/index.js';
import type { RoadmapActivity, RoadmapModel } from '../model.js';
import { activityDates, orderedActivities } from './tables.js';

const NS = 'http://www.opengroup.org/xsd/archimate/3.0/';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

export interface ArchimateOptions {
    /** The language of the phase, plateau and gap names and texts (default English). */
    locale?: Locale;
}

type PropertyKey = 'id' | 'kind' | 'owner' | 'start' | 'last' | 'plannedStart' | 'plannedLast' | 'slack' | 'critical' | 'variance' | 'state' | 'health' | 'readyDate';
const PROPERTIES: Record<PropertyKey, { name: string; type: 'string' | 'date' | 'number' | 'boolean' }> = {
    id: { name: 'DTP id', type: 'string' },
    kind: { name: 'DTP kind', type: 'string' },
    owner: { name: 'Owner', type: 'string' },
    start: { name: 'Start', type: 'date' },
    last: { name: 'Last day', type: 'date' },
    plannedStart: { name: 'Planned start', type: 'date' },
    plannedLast: { name: 'Planned last day', type: 'date' },
    slack: { name: 'Slack (days)', type: 'number' },
    critical: { name: 'Critical', type: 'boolean' },
    variance: { name: 'Variance (days)', type: 'number' },
    state: { name: 'State', type: 'string' },
    health: { name: 'Health', type: 'string' },
    readyDate: { name: 'Ready date', type: 'date' }
};

type Properties = Partial<Record<PropertyKey, string | number | boolean | null | undefined>>;

interface Element {
    id: string;
    type: 'WorkPackage' | 'ImplementationEvent' | 'Capability' | 'Plateau' | 'Gap';
    name: string;
    documentation?: string;
    properties: Properties;
}

interface Relationship {
    type: 'Composition' | 'Aggregation' | 'Triggering' | 'Realization' | 'Association';
    source: string;
    target: string;
    name?: string;
}

export function renderArchimate(model: RoadmapModel, options: ArchimateOptions = {}): string {
    const p = model.programme;
    const locale = options.locale ?? DEFAULT_LOCALE;
    const tracking = p.statusDate !== undefined;
    // xs:ID values must be XML names: a fixed letter prefix, then the DTP ids (letters, digits, `-`, `_`).
    const base = `id-${p.id}`;
    const idOf = {
        programme: `${base}.programme`,
        phase: (kind: string) => `${base}.phase.${kind}`,
        activity: (id: string) => `${base}.activity.${id}`,
        capability: (id: string) => `${base}.capability.${id}`,
        plateau: (kind: string) => `${base}.plateau.${kind}`,
        gap: (from: string, to: string) => `${base}.gap.${from}.${to}`
    };
    const elements: Element[] = [];
    const relationships: Relationship[] = [];

    elements.push({
        id: idOf.programme, type: 'WorkPackage', name: p.title ?? p.id, documentation: p.description,
        properties: { id: p.id, kind: 'programme', owner: p.owner, start: p.start, last: lastDay(p.start, p.end),
            plannedStart: tracking ? p.planned?.start : undefined,
            plannedLast: tracking && p.planned?.start && p.planned.end ? lastDay(p.planned.start, p.planned.end) : undefined }
    });
    const activities = orderedActivities(model);
    const known = new Set(activities.map(a => a.id));
    for (const phase of model.phases) {
        elements.push({
            id: idOf.phase(phase.kind), type: 'WorkPackage', name: phaseTitle(phase, locale),
            properties: { kind: `phase ${phase.kind}`, start: phase.start, last: phase.start && phase.end && !phase.openEnded ? lastDay(phase.start, phase.end) : undefined }
        });
        relationships.push({ type: 'Composition', source: idOf.programme, target: idOf.phase(phase.kind) });
    }
    const phaseKinds = new Set(model.phases.map(phase => phase.kind));
    for (const a of activities) {
        elements.push({
            id: idOf.activity(a.id), type: a.kind === 'milestone' ? 'ImplementationEvent' : 'WorkPackage', name: a.label || a.id,
            documentation: a.description, properties: activityProperties(a, tracking)
        });
        // A work package is part of its phase's; ArchiMate has no composition of an event, so milestones hang on triggers.
        if (a.kind !== 'milestone' && phaseKinds.has(a.phase)) relationships.push({ type: 'Composition', source: idOf.phase(a.phase), target: idOf.activity(a.id) });
    }
    for (const c of model.capabilities) {
        elements.push({ id: idOf.capability(c.id), type: 'Capability', name: c.label || c.id, properties: { id: c.id, kind: c.kind, readyDate: c.availableFrom } });
    }
    const capabilityIds = new Set(model.capabilities.map(c => c.id));
    for (const a of activities) {
        const triggered = new Set<string>();
        for (const edge of a.after) {
            if (known.has(edge.id) && !triggered.has(edge.id)) {
                triggered.add(edge.id);
                relationships.push({ type: 'Triggering', source: idOf.activity(edge.id), target: idOf.activity(a.id) });
            }
        }
        for (const capability of a.requires) {
            if (!capabilityIds.has(capability)) continue;
            if (a.kind !== 'milestone') relationships.push({ type: 'Association', source: idOf.activity(a.id), target: idOf.capability(capability), name: 'requires' });
            for (const provider of model.capabilities.find(c => c.id === capability)?.providers ?? []) {
                if (known.has(provider) && provider !== a.id && !triggered.has(provider)) {
                    triggered.add(provider);
                    relationships.push({ type: 'Triggering', source: idOf.activity(provider), target: idOf.activity(a.id) });
                }
            }
        }
        if (a.kind === 'milestone') continue;
        for (const capability of a.provides) {
            if (capabilityIds.has(capability)) relationships.push({ type: 'Realization', source: idOf.activity(a.id), target: idOf.capability(capability) });
        }
    }
    // Plateaus: the state of the organisation when a phase is done.
    let previous: { kind: string; name: string } | null = null;
    for (const phase of model.phases) {
        if (!phase.start || !phase.end || phase.openEnded) continue;
        const last = lastDay(phase.start, phase.end);
        const name = t(locale, 'export.archimate.plateau', { name: phaseTitle(phase, locale) });
        const documentation = t(locale, 'export.archimate.plateau-text', { phase: phaseName(phase.kind, locale).toLowerCase(), date: last });
        elements.push({ id: idOf.plateau(phase.kind), type: 'Plateau', name, documentation, properties: { kind: 'plateau', last } });
        relationships.push({ type: 'Realization', source: idOf.phase(phase.kind), target: idOf.plateau(phase.kind) });
        for (const c of model.capabilities) {
            if (c.availableFrom && c.availableFrom <= phase.end) relationships.push({ type: 'Aggregation', source: idOf.plateau(phase.kind), target: idOf.capability(c.id) });
        }
        if (previous) {
            const gap = idOf.gap(previous.kind, phase.kind);
            elements.push({ id: gap, type: 'Gap', name: `${previous.name} → ${name}`, documentation: t(locale, 'export.archimate.gap-text', { from: previous.name.toLowerCase(), to: name.toLowerCase() }), properties: { kind: 'gap' } });
            relationships.push({ type: 'Triggering', source: idOf.plateau(previous.kind), target: idOf.plateau(phase.kind) });
            relationships.push({ type: 'Association', source: gap, target: idOf.plateau(previous.kind) });
            relationships.push({ type: 'Association', source: gap, target: idOf.plateau(phase.kind) });
        }
        previous = { kind: phase.kind, name };
    }
    return write(model, base, elements, relationships);
}

function activityProperties(a: RoadmapActivity, tracking: boolean): Properties {
    const d = activityDates(a, tracking);
    return {
        id: a.id, kind: a.kind, owner: a.owner,
        start: tracking ? d.forecastStart : d.plannedStart, last: tracking ? d.forecastLast : d.plannedLast,
        plannedStart: tracking ? d.plannedStart : undefined, plannedLast: tracking ? d.plannedLast : undefined,
        slack: d.slack, critical: a.critical, variance: tracking ? a.variance : undefined, state: a.state, health: tracking ? a.health : undefined
    };
}

function write(model: RoadmapModel, base: string, elements: Element[], relationships: Relationship[]): string {
    const root = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '\uFFFD' }).ele(NS, 'model', {
        'xmlns:xsi': XSI,
        'xsi:schemaLocation': `${NS} http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd`,
        identifier: base
    });
    const p = model.programme;
    root.ele('name').txt(p.title ?? p.id);
    if (p.description) root.ele('documentation').txt(p.description);
    const used = new Set<PropertyKey>();
    const elementsNode = root.ele('elements');
    for (const element of elements) {
        const node = elementsNode.ele('element', { identifier: element.id, 'xsi:type': element.type });
        node.ele('name').txt(element.name);
        if (element.documentation) node.ele('documentation').txt(element.documentation);
        properties(node, element.properties, used);
    }
    const relationshipsNode = root.ele('relationships');
    relationships.forEach((relationship, index) => {
        const node = relationshipsNode.ele('relationship', {
            identifier: `${base}.rel.${index + 1}`, source: relationship.source, target: relationship.target, 'xsi:type': relationship.type
        });
        if (relationship.name) node.ele('name').txt(relationship.name);
    });
    // Folders as ArchiMate tools show them: strategy, implementation and migration, relations.
    const organizations = root.ele('organizations');
    const folder = (parent: XMLBuilder, label: string, ids: string[]) => {
        if (ids.length === 0) return;
        const item = parent.ele('item');
        item.ele('label').txt(label);
        for (const id of ids) item.ele('item', { identifierRef: id });
    };
    const top = organizations.ele('item');
    top.ele('label').txt(p.title ?? p.id);
    folder(top, 'Strategy', elements.filter(e => e.type === 'Capability').map(e => e.id));
    folder(top, 'Implementation & Migration', elements.filter(e => e.type !== 'Capability').map(e => e.id));
    folder(top, 'Relations', relationships.map((_, index) => `${base}.rel.${index + 1}`));
    if (used.size > 0) {
        const definitions = root.ele('propertyDefinitions');
        for (const key of Object.keys(PROPERTIES) as PropertyKey[]) {
            if (!used.has(key)) continue;
            definitions.ele('propertyDefinition', { identifier: `${base}.property.${key}`, type: PROPERTIES[key].type }).ele('name').txt(PROPERTIES[key].name);
        }
    }
    return root.end({ prettyPrint: true }) + '\n';

    function properties(node: XMLBuilder, values: Properties, seen: Set<PropertyKey>): void {
        const present = (Object.keys(PROPERTIES) as PropertyKey[]).filter(key => values[key] !== undefined && values[key] !== null && values[key] !== '');
        if (present.length === 0) return;
        const list = node.ele('properties');
        for (const key of present) {
            seen.add(key);
            list.ele('property', { propertyDefinitionRef: `${base}.property.${key}` }).ele('value').txt(String(values[key]));
        }
    }
}
