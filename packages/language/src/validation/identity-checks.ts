// Names identify one thing each: activity and capability ids are unique across a programme and its imports
// (they share one namespace: `after` and `requires` must never be ambiguous), a file holds one programme, and
// a property is written once (the grammar keeps only the last, so a repeat silently loses the first).
import { AstUtils, GrammarAST, isCompositeCstNode, isLeafCstNode, UriUtils, type AstNode, type LangiumDocument, type LangiumDocuments, type ValidationAcceptor } from 'langium';
import { isCapability, type Activity, type Capability, type Phase, type Plan, type Programme } from '../generated/ast.js';
import { resolveImportUri, importClosure } from '../workspace/imports.js';
import { localCapabilities } from '../workspace/scope-provider.js';
import type { CheckFactory } from './dtp-validator.js';
import { lineOf, programmeTarget } from './phase-checks.js';
import { report } from './report.js';
import { planOf } from '../workspace/plan-walk.js';

export const identityChecks: CheckFactory = services => {
    const documents = services.shared.workspace.LangiumDocuments;
    return {
        Plan: [
            (plan, accept) => checkDuplicateIds(plan, accept, documents),
            checkDuplicateProgrammes
        ],
        Programme: (programme, accept) => checkDuplicateProperties(programme, 'programme', PROGRAMME_PROPERTIES, accept),
        Phase: (phase, accept) => checkDuplicateProperties(phase, 'phase', PHASE_PROPERTIES, accept),
        Activity: (activity, accept) => checkDuplicateProperties(activity, activity.kind ?? 'activity', ACTIVITY_PROPERTIES, accept)
    };
};

/** Where a name was first declared: the node, and the import line of this file that brought it in (if imported). */
interface Declaration {
    node: Activity | Capability;
    document: LangiumDocument;
    via?: number;
}

function checkDuplicateIds(plan: Plan, accept: ValidationAcceptor, documents: LangiumDocuments): void {
    const document = AstUtils.getDocument(plan);
    const declared = new Map<string, Declaration>();
    // Imported capabilities first: a clash is then reported on this file's own declaration, which it can fix.
    plan.imports.forEach((imp, index) => {
        if (!imp.path) return;
        const imported = documents.getDocument(resolveImportUri(document, imp.path));
        if (!imported) return;
        for (const importedDocument of [imported, ...importClosure(imported, documents)]) {
            if (importedDocument === document) continue; // an import cycle back to this file
            for (const capability of localCapabilities(planOf(importedDocument))) {
                const earlier = capability.name ? declared.get(capability.name) : undefined;
                if (!capability.name || earlier?.node === capability) continue;
                if (earlier) {
                    report(accept, 'duplicate-id',
                        `This import brings in capability \`${capability.name}\` from ${place(capability, importedDocument)}, `
                        + `but ${place(earlier.node, earlier.document)} already declares it. Rename or remove one of them.`,
                        { node: imp, property: 'path', data: { name: capability.name } });
                    continue;
                }
                declared.set(capability.name, { node: capability, document: importedDocument, via: index });
            }
        }
    });
    const local: (Activity | Capability)[] = [
        ...localCapabilities(plan),
        ...plan.programmes.flatMap(programme => programme.phases.flatMap((phase: Phase) => phase.activities))
    ];
    for (const node of local) {
        if (!node.name) continue;
        const earlier = declared.get(node.name);
        if (!earlier) {
            declared.set(node.name, { node, document });
            continue;
        }
        report(accept, 'duplicate-id', clashMessage(node, earlier, document),
            { node, property: 'name', data: { name: node.name, what: what(node), first: what(earlier.node) } });
    }
}

/**
 * Each declaration named as what it is. The shared set of names is explained where it bites, when a capability
 * and an activity clash; two of a kind are simply declared twice.
 */
function clashMessage(node: Activity | Capability, earlier: Declaration, document: LangiumDocument): string {
    const first = `${what(earlier.node)} \`${node.name}\``;
    const second = `${what(node)} \`${node.name}\``;
    const here = earlier.document === document;
    const where = here ? `line ${lineOf(earlier.node)}` : `${UriUtils.basename(earlier.document.uri)}, line ${lineOf(earlier.node)}`;
    if (isCapability(node) !== isCapability(earlier.node)) {
        return `${capitalise(first)} (${where}) and ${second} here have the same name. Activities and capabilities share one `
            + 'set of names, so that a name in `after`, `provides` or `requires` always means one thing: rename one of them.';
    }
    if (what(node) === what(earlier.node)) {
        return `${capitalise(second)} is declared twice: here and ${here ? 'on line ' + lineOf(earlier.node) : 'in ' + place(earlier.node, earlier.document)}. `
            + 'Rename or remove one of them.';
    }
    return `${capitalise(first)} (${where}) and ${second} here have the same name; an id names one thing in a programme. `
        + 'Rename one of them.';
}

/** `capability`, `activity`, `milestone` or `transformation plan`: what a declaration is, in words. */
function what(node: Activity | Capability): string {
    if (isCapability(node)) return 'capability';
    return node.kind === 'transformation-plan' ? 'transformation plan' : node.kind === 'milestone' ? 'milestone' : 'activity';
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

function checkDuplicateProgrammes(plan: Plan, accept: ValidationAcceptor): void {
    const [first, ...others] = plan.programmes;
    for (const programme of others) {
        if (!first.name || !programme.name) continue; // half-typed: its syntax error says what is missing
        report(accept, 'duplicate-programme',
            `This file already holds programme \`${first.name}\` (line ${lineOf(first)}); a file holds one programme. `
            + `Move \`${programme.name}\` to a file of its own.`,
            { ...programmeTarget(programme), data: { first: first.name } });
    }
}

const PROGRAMME_PROPERTIES: ReadonlySet<string> = new Set(['start', 'status-date', 'owner', 'description']);
const PHASE_PROPERTIES: ReadonlySet<string> = new Set(['start', 'duration', 'intensity']);
const ACTIVITY_PROPERTIES: ReadonlySet<string> = new Set(['duration', 'start', 'owner', 'status', 'progress', 'started', 'finished', 'every', 'description']);

/** Reads the element's own keywords from its CST (not its children's): a repeat is invisible in the AST. */
function checkDuplicateProperties(node: Programme | Phase | Activity, what: string, properties: ReadonlySet<string>, accept: ValidationAcceptor): void {
    const cst = node.$cstNode;
    if (!cst || !isCompositeCstNode(cst)) return;
    const seen = new Map<string, number>();
    for (const child of cst.content) {
        if (!isLeafCstNode(child) || !GrammarAST.isKeyword(child.grammarSource)) continue;
        const keyword = child.grammarSource.value;
        if (!properties.has(keyword)) continue;
        const firstLine = seen.get(keyword);
        if (firstLine === undefined) {
            seen.set(keyword, child.range.start.line + 1);
            continue;
        }
        const name = 'name' in node && node.name ? ` \`${node.name}\`` : 'kind' in node && node.kind && what === 'phase' ? ` \`${node.kind}\`` : '';
        report(accept, 'duplicate-property',
            `\`${keyword}\` is given twice in ${what}${name} (first on line ${firstLine}); only the last one counts. Remove one of them.`,
            { node, range: child.range, data: { property: keyword, firstLine } });
    }
}

function place(node: AstNode, document: LangiumDocument): string {
    return `${UriUtils.basename(document.uri)} (line ${lineOf(node)})`;
}
