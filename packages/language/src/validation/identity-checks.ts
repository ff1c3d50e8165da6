// Names identify one thing each: activity and capability ids are unique across a programme and its imports
// (they share one namespace: `after` and `requires` must never be ambiguous), a file holds one programme, and
// a property is written once (the grammar keeps only the last, so a repeat silently loses the first).
import { AstUtils, GrammarAST, isCompositeCstNode, isLeafCstNode, UriUtils, type AstNode, type CstNode, type LangiumDocument, type LangiumDocuments, type ValidationAcceptor } from 'langium';
import { isCapability, type Activity, type Capability, type Phase, type Plan, type Programme } from '../generated/ast.js';
import { resolveImportUri, importClosure } from '../workspace/imports.js';
import { localCapabilities } from '../workspace/scope-provider.js';
import type { CheckFactory } from './dtp-validator.js';
import { lineOf, programmeTarget } from './phase-checks.js';
import { report } from './report.js';
import { text, type Text } from '@dtp/roadmap';
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
        Activity: (activity, accept) => {
            if (mayRepeatProperty(activity)) checkDuplicateProperties(activity, activity.kind ?? 'activity', ACTIVITY_PROPERTIES, accept);
        }
    };
};

/** Where a name was first declared: the node, and the document it is in. */
interface Declaration {
    node: Activity | Capability;
    document: LangiumDocument;
}

function checkDuplicateIds(plan: Plan, accept: ValidationAcceptor, documents: LangiumDocuments): void {
    const document = AstUtils.getDocument(plan);
    // The first declaration of each name; the document of those imported (the rest are in this one). No object per
    // declaration: this runs on every activity.
    const declared = new Map<string, Activity | Capability>();
    const importedFrom = new Map<Activity | Capability, LangiumDocument>();
    const declarationOf = (node: Activity | Capability): Declaration => ({ node, document: importedFrom.get(node) ?? document });
    // Imported capabilities first: a clash is then reported on this file's own declaration, which it can fix.
    plan.imports.forEach(imp => {
        if (!imp.path) return;
        const imported = documents.getDocument(resolveImportUri(document, imp.path));
        if (!imported) return;
        for (const importedDocument of [imported, ...importClosure(imported, documents)]) {
            if (importedDocument === document) continue; // an import cycle back to this file
            for (const capability of localCapabilities(planOf(importedDocument))) {
                const earlier = capability.name ? declared.get(capability.name) : undefined;
                if (!capability.name || earlier === capability) continue;
                if (earlier) {
                    report(accept, 'duplicate-id', text('check.duplicate-import', {
                        name: capability.name, place: place(capability, importedDocument), earlier: place(earlier, declarationOf(earlier).document)
                    }),
                        { node: imp, property: 'path', data: { name: capability.name } });
                    continue;
                }
                declared.set(capability.name, capability);
                importedFrom.set(capability, importedDocument);
            }
        }
    });
    // This file's capabilities, then its activities: walked in place (no list of every declaration is built).
    const declare = (node: Activity | Capability): void => {
        if (!node.name) return;
        const earlier = declared.get(node.name);
        if (!earlier) {
            declared.set(node.name, node);
            return;
        }
        report(accept, 'duplicate-id', clashMessage(node, declarationOf(earlier), document),
            { node, property: 'name', data: { name: node.name, what: what(node), first: what(earlier) } });
    };
    for (const capability of localCapabilities(plan)) declare(capability);
    for (const programme of plan.programmes) {
        for (const phase of programme.phases) {
            const activities = phase.activities;
            for (let a = 0; a < activities.length; a++) declare(activities[a]);
        }
    }
}

/**
 * Each declaration named as what it is. The shared set of names is explained where it bites, when a capability
 * and an activity clash; two of a kind are simply declared twice.
 */
function clashMessage(node: Activity | Capability, earlier: Declaration, document: LangiumDocument): Text {
    const name = node.name ?? '';
    const here = earlier.document === document;
    const where = here ? text('check.where-line', { line: lineOf(earlier.node) })
        : text('check.where-file-line', { file: UriUtils.basename(earlier.document.uri), line: lineOf(earlier.node) });
    const kinds = { name, first: kindOf(earlier.node), second: kindOf(node), where };
    if (isCapability(node) !== isCapability(earlier.node)) return text('check.clash-kinds', kinds);
    if (what(node) === what(earlier.node)) {
        return text('check.clash-twice', here ? { name, what: kindOf(node), line: lineOf(earlier.node) }
            : { name, what: kindOf(node), place: place(earlier.node, earlier.document) });
    }
    return text('check.clash-other', kinds);
}

/** `capability`, `activity`, `milestone` or `transformation plan`: what a declaration is, in words. */
function what(node: Activity | Capability): string {
    if (isCapability(node)) return 'capability';
    return node.kind === 'transformation-plan' ? 'transformation plan' : node.kind === 'milestone' ? 'milestone' : 'activity';
}

/** The keyword of a declaration (`capability`, `activity`, `milestone`, `transformation-plan`): the catalogues word it. */
function kindOf(node: Activity | Capability): string {
    return isCapability(node) ? 'capability' : node.kind ?? 'activity';
}

function checkDuplicateProgrammes(plan: Plan, accept: ValidationAcceptor): void {
    const [first, ...others] = plan.programmes;
    for (const programme of others) {
        if (!first.name || !programme.name) continue; // half-typed: its syntax error says what is missing
        report(accept, 'duplicate-programme', text('check.duplicate-programme', { first: first.name, line: lineOf(first), name: programme.name }),
            { ...programmeTarget(programme), data: { first: first.name } });
    }
}

const PROGRAMME_PROPERTIES: ReadonlySet<string> = new Set(['start', 'status-date', 'owner', 'description']);
const PHASE_PROPERTIES: ReadonlySet<string> = new Set(['start', 'duration', 'intensity']);
const ACTIVITY_PROPERTIES: ReadonlySet<string> = new Set(['duration', 'start', 'owner', 'status', 'progress', 'started', 'finished', 'every', 'description']);
/** checkDuplicateProperties' scratch map (keyword → its first node); emptied at the start of every call. */
const seenKeywords = new Map<string, CstNode>();

/**
 * Reads the element's own keywords from its CST (not its children's): a repeat is invisible in the AST. Runs on every
 * activity: it remembers the first keyword node and asks for its line (a range computed from offsets) only on a
 * repeat, and it keeps one map for all calls, emptied each time.
 */
function checkDuplicateProperties(node: Programme | Phase | Activity, what: string, properties: ReadonlySet<string>, accept: ValidationAcceptor): void {
    const cst = node.$cstNode;
    if (!cst || !isCompositeCstNode(cst)) return;
    const seen = seenKeywords;
    seen.clear();
    const content = cst.content;
    for (let c = 0; c < content.length; c++) {
        const child = content[c];
        // The element's `$type` first: Keyword has no subtypes, so this is GrammarAST.isKeyword without the
        // reflection's isInstance/isSubtype, on every child of every activity.
        const source = child.grammarSource;
        if (source?.$type !== GrammarAST.Keyword.$type || !isLeafCstNode(child)) continue;
        const keyword = (source as GrammarAST.Keyword).value;
        if (!properties.has(keyword)) continue;
        const first = seen.get(keyword);
        if (first === undefined) {
            seen.set(keyword, child);
            continue;
        }
        const firstLine = first.range.start.line + 1;
        const name = 'name' in node && node.name ? node.name : 'kind' in node && node.kind && what === 'phase' ? node.kind : undefined;
        report(accept, 'duplicate-property', text('check.duplicate-property', { keyword, element: what, name, firstLine }),
            { node, range: child.range, data: { property: keyword, firstLine } });
    }
}

/**
 * False when the activity's CST provably holds no property twice, told from its number of children: reading each
 * child's grammar element cost more than any other check of an activity. Without syntax errors every child is one
 * token or rule call of the Activity rule, or a comment: its kind, name and label, the braces, two children for each
 * property it has (`progress 5 %` three), and two for each item of `after`, `provides` and `requires` (its keyword
 * or comma, and the item). A property written twice adds at least two more; the AST keeps only one of them. With
 * syntax errors (recovery inserts and skips tokens) the count proves nothing: the children are read.
 */
export function mayRepeatProperty(activity: Activity): boolean {
    const cst = activity.$cstNode;
    if (!cst || !isCompositeCstNode(cst) || !withoutSyntaxErrors(activity)) return true;
    let properties = 0;
    if (activity.duration !== undefined) properties += 2;
    if (activity.start !== undefined) properties += 2;
    if (activity.owner !== undefined) properties += 2;
    if (activity.status !== undefined) properties += 2;
    if (activity.progress !== undefined) properties += 3;
    if (activity.started !== undefined) properties += 2;
    if (activity.finished !== undefined) properties += 2;
    if (activity.every !== undefined) properties += 2;
    if (activity.description !== undefined) properties += 2;
    if (properties === 0) return false; // no property written once, so none written twice
    const lists = activity.after.length + activity.provides.length + activity.requires.length;
    return cst.content.length !== (activity.label !== undefined ? 3 : 2) + 2 + properties + 2 * lists;
}

function withoutSyntaxErrors(node: AstNode): boolean {
    let root = node;
    while (root.$container) root = root.$container;
    const result = root.$document?.parseResult;
    return result !== undefined && result.lexerErrors.length === 0 && result.parserErrors.length === 0;
}

function place(node: AstNode, document: LangiumDocument): Text {
    return text('check.place', { file: UriUtils.basename(document.uri), line: lineOf(node) });
}
