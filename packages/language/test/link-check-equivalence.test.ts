// Linking and the checks take shortcuts on large plans (workspace/linker.ts, validation/document-validator.ts and the
// checks they name); each must give exactly what the plain way gives. The plain ways are written out here: a linker
// that asks the scope provider for every reference, and a validator that lists every node and runs each check through
// its wrapper. Both pipelines build the same plans (generated ones of several sizes and seeds, the same with mistakes
// mixed in, plans that do not parse, plans with imports, the examples and the fixtures) and must agree on every
// diagnostic (code, message, range, order, data) and every link.
import {
    AstUtils, Cancellation, DefaultLinker, EmptyFileSystem, GrammarAST, interruptAndCheck, isCompositeCstNode, isLeafCstNode, URI,
    type AstNode, type DefaultSharedModuleContext, type LangiumDocument, type ValidationAcceptor, type ValidationCheck, type ValidationOptions
} from 'langium';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { VirtualFileSystemProvider } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { generatePlan } from '../../cli/scripts/generate-plan.mjs';
import { createDtpServices, type DtpServices } from '../src/dtp-module.js';
import { isPhase, type Activity, type Capability, type Plan, type Programme } from '../src/generated/ast.js';
import { firstNodeForProperty } from '../src/parser/cst-search.js';
import { checkBackwardDependencies } from '../src/validation/dependency-checks.js';
import { DtpDocumentValidator } from '../src/validation/document-validator.js';
import { mayRepeatProperty } from '../src/validation/identity-checks.js';
import { misreadKind } from '../src/validation/literal-checks.js';
import { acceptorIn, report } from '../src/validation/report.js';
import { type DtpLinker, linkedTarget } from '../src/workspace/linker.js';
import { forEachNode, forEachReference, planOf } from '../src/workspace/plan-walk.js';
import { phaseRank, text } from '@dtp/roadmap';
import { buildDocuments } from './lsp-support.js';
import { random } from './random.js';

/** Linking the plain way: every reference through Langium's doLink, its scope asked for every time. */
class PlainLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        await interruptAndCheck(cancelToken);
        forEachReference(planOf(document), info => this.doLink(info, document));
    }
}

/** Checking the plain way: every node listed, each of its checks called through the registry's wrapper. */
class PlainValidator extends DtpDocumentValidator {
    constructor(private readonly dtp: DtpServices) {
        super(dtp);
    }

    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, accept: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const acceptor = acceptorIn(this.dtp.i18n.Locale.current, accept);
        const nodes: AstNode[] = [];
        forEachNode(rootNode as Plan, node => nodes.push(node));
        for (const node of nodes) {
            const checks: ValidationCheck[] = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
            for (const check of checks) {
                const result = check(node, acceptor, cancelToken);
                if (result) await result;
            }
        }
    }
}

function plainServices(context: DefaultSharedModuleContext = EmptyFileSystem) {
    return createDtpServices(context, {
        references: { Linker: services => new PlainLinker(services) },
        validation: { DocumentValidator: services => new PlainValidator(services) }
    });
}

type Services = ReturnType<typeof createDtpServices>;

/** A reference's link in words that do not depend on which services built it. */
function linkOf(services: Services, reference: { $refText: string; ref?: AstNode; error?: { message: string }; $nodeDescription?: { name: string; type: string; path: string; documentUri: URI } }) {
    const target = reference.ref;
    const description = reference.$nodeDescription;
    return {
        text: reference.$refText,
        target: target && `${AstUtils.getDocument(target).uri}#${services.Dtp.workspace.AstNodeLocator.getAstNodePath(target)}`,
        error: reference.error?.message,
        description: description && { name: description.name, type: description.type, path: description.path, uri: String(description.documentUri) }
    };
}

function linksOf(services: Services, document: LangiumDocument<Plan>) {
    const links: unknown[] = [];
    forEachReference(document.parseResult.value, info => links.push(linkOf(services, info.reference as never)));
    // The order in which linking met them: the linking errors are reported in this order.
    const order = document.references.map(reference => `${reference.$refText}@${reference.$refNode?.offset}`);
    return { links, order };
}

/** Builds the files with both pipelines; they must agree on every diagnostic and link. Returns the new build. */
async function expectSame(files: Record<string, string>): Promise<{ services: Services; documents: LangiumDocument<Plan>[] }> {
    const plain = plainServices();
    const fast = createDtpServices(EmptyFileSystem);
    const expected = await buildDocuments(plain, files);
    const actual = await buildDocuments(fast, files);
    for (let i = 0; i < expected.length; i++) {
        expect(JSON.parse(JSON.stringify(actual[i].diagnostics))).toEqual(JSON.parse(JSON.stringify(expected[i].diagnostics)));
        expect(linksOf(fast, actual[i])).toEqual(linksOf(plain, expected[i]));
    }
    return { services: fast, documents: actual };
}

/** The plain way of checkDuplicateProperties: whether the activity's own CST children hold a property keyword twice. */
function repeatsProperty(activity: Activity): boolean {
    const properties = new Set(['duration', 'start', 'owner', 'status', 'progress', 'started', 'finished', 'every', 'description']);
    const cst = activity.$cstNode;
    if (!cst || !isCompositeCstNode(cst)) return false;
    const seen = new Set<string>();
    for (const child of cst.content) {
        if (!GrammarAST.isKeyword(child.grammarSource) || !isLeafCstNode(child) || !properties.has(child.grammarSource.value)) continue;
        if (seen.has(child.grammarSource.value)) return true;
        seen.add(child.grammarSource.value);
    }
    return false;
}

/** checkBackwardDependencies as it was before its shortcuts: every target's phase looked up and ranked. */
function plainBackwardDependencies(programme: Programme, accept: ValidationAcceptor): void {
    const phaseKindOf = (activity: Activity) => (isPhase(activity.$container) ? activity.$container.kind : undefined);
    const latestProvider = new Map<Capability, Activity>();
    for (const phase of programme.phases) {
        const rank = phaseRank(phase.kind);
        for (const activity of phase.activities) {
            for (const reference of activity.provides) {
                const capability = reference.ref;
                const known = capability && latestProvider.get(capability);
                if (capability && (!known || phaseRank(phaseKindOf(known)) < rank)) latestProvider.set(capability, activity);
            }
        }
    }
    for (const phase of programme.phases) {
        const rank = phaseRank(phase.kind);
        if (rank < 0) continue;
        for (const activity of phase.activities) {
            if (!activity.name) continue;
            for (const dependency of activity.after) {
                const target = dependency.target?.ref;
                const targetPhase = target && phaseKindOf(target);
                if (!target || !targetPhase || phaseRank(targetPhase) <= rank) continue;
                report(accept, 'backward-dependency',
                    text('check.backward-after', { name: activity.name, phase: phase.kind, target: target.name, targetPhase }),
                    { node: dependency, property: 'target', data: { activity: activity.name, target: target.name, targetPhase } });
            }
            activity.requires.forEach((reference, index) => {
                const provider = reference.ref && latestProvider.get(reference.ref);
                const providerPhase = provider && phaseKindOf(provider);
                if (!provider || !providerPhase || phaseRank(providerPhase) <= rank) return;
                report(accept, 'backward-dependency', text('check.backward-requires', {
                    name: activity.name, phase: phase.kind, capability: reference.$refText, provider: provider.name, providerPhase
                }),
                    { node: activity, property: 'requires', index, data: { activity: activity.name, target: provider.name, targetPhase: providerPhase } });
            });
        }
    }
}

function reportsOf(check: (programme: Programme, accept: ValidationAcceptor) => void, programme: Programme): unknown[] {
    const reports: unknown[] = [];
    check(programme, (severity, message, info) => { reports.push({ severity, message, ...info }); });
    return reports;
}

/** The shortcuts inside the checks, each against its plain way, on every activity and reference of the new build. */
function expectShortcutsHold(services: Services, documents: LangiumDocument<Plan>[]): void {
    const linker = services.Dtp.references.Linker as DtpLinker;
    for (const document of documents) {
        const plan = document.parseResult.value;
        let unresolved = 0;
        forEachReference(plan, info => {
            expect(linkedTarget(info.reference)).toBe(info.reference.ref);
            if (info.reference.error) unresolved++;
        });
        expect(linker.unresolvedCount(document)).toBe(unresolved);
        for (const programme of plan.programmes) {
            expect(reportsOf(checkBackwardDependencies, programme)).toEqual(reportsOf(plainBackwardDependencies, programme));
            for (const phase of programme.phases) {
                for (const activity of phase.activities) {
                    if (repeatsProperty(activity)) expect(mayRepeatProperty(activity)).toBe(true);
                    const written = firstNodeForProperty(activity.$cstNode, 'kind')?.text;
                    expect(misreadKind(activity)).toBe(!written || written === activity.kind ? undefined : written);
                }
            }
        }
    }
}

/**
 * A generated plan with mistakes mixed in, line by line: unresolved names, names of the other kind, repeated ids and
 * properties, comments inside activities and before their kind, misspelt kinds, work after later (also later-phase)
 * work, capabilities provided in improvement and required earlier, tracking facts, bad dates and durations.
 */
function withMistakes(plan: string, seed: number): string {
    const next = random(seed);
    const lines = plan.split('\n');
    const ids = lines.map(line => /^\s+(?:activity|milestone|transformation-plan) (\S+)/.exec(line)?.[1]).filter((id): id is string => !!id);
    const later = (index: number) => ids[Math.min(ids.length - 1, index + 1 + Math.floor(next() * 40))];
    let seen = 0;
    return lines.map(line => {
        if (!/^\s+(?:activity|milestone|transformation-plan) /.test(line)) return line;
        const index = seen++;
        let out = line;
        const chance = (p: number) => next() < p;
        if (chance(0.04)) out = out.replace(/ after (\w+)/, ' after nowhere$1');
        if (chance(0.02)) out = out.replace(/ after (\w+)/, ' after cap1');
        if (chance(0.02)) out = out.replace(/ }$/, ` requires ${ids[Math.floor(next() * ids.length)]} }`);
        if (chance(0.02)) out = out.replace(/ requires (\w+)/, ' requires nocap$1');
        if (chance(0.03)) out = out.replace(/ duration (\w+)/, ' duration $1 duration 1w');
        if (chance(0.03)) out = out.replace(/ }$/, ' progress 10 % status active owner "o" description "d" }');
        if (chance(0.02)) out = out.replace(/ }$/, ' progress 10 % progress 120 % }');
        if (chance(0.02)) out = out.replace(/ }$/, ' every 1m every 2m }');
        if (chance(0.03)) out = out.replace('{ ', '{ /* a note */ ');
        if (chance(0.02)) out = out.replace('{ ', '{ // a note\n            ');
        if (chance(0.03)) out = out.replace(/^(\s+)/, '$1/* kind */ ');
        if (chance(0.03)) out = out.replace(/^(\s+(?:\/\* kind \*\/ )?)activity /, (_, lead) => `${lead}${['activty', 'acitvity', 'activitys', 'milestones', 'milestone', 'task'][Math.floor(next() * 6)]} `);
        if (chance(0.03)) out = out.replace(/ "[^"]*"/, '');
        if (chance(0.01) && index > 0) out = out.replace(/ (a\d+|dtp) /, ` ${ids[index - 1]} `);
        if (chance(0.04)) out = out.replace(/ }$/, ` after ${later(index)} }`);
        if (chance(0.02)) out = out.replace(/ }$/, ` provides cap${Math.floor(next() * 4)} }`);
        if (chance(0.02)) out = out.replace(/ }$/, ` requires cap${Math.floor(next() * 4)} }`);
        if (chance(0.02)) out = out.replace(/ }$/, ' started 2027-02-01 finished 2027-01-01 status done }');
        if (chance(0.02)) out = out.replace(/ after (\w+)/, ' after $1 + 3x');
        if (chance(0.02)) out = out.replace(/ duration (\w+)/, ' duration 2q');
        if (chance(0.02)) out = out.replace(/ }$/, ' start 2027-02-30 }');
        if (chance(0.01)) out = out.replace(/ }$/, ' started 31-12-2027 finished 2027-13-01 }');
        if (chance(0.01)) out = out.replace(/ \{.*\}$/, '');
        if (chance(0.01)) out = out.replace(/ \{.*\}$/, ' {}');
        return out;
    }).join('\n');
}

/** The same plan, made not to parse at a few places: the checks then read the syntax tree Langium recovered. */
function broken(plan: string, seed: number): string {
    const next = random(seed);
    const lines = plan.split('\n');
    for (let k = 0; k < 3; k++) {
        const at = 5 + Math.floor(next() * (lines.length - 10));
        lines[at] = [lines[at].replace(/ }$/, ''), lines[at].replace(/ duration (\w+)/, ' duration duration $1'), `${lines[at]} @@`,
            lines[at].replace(/ progress \d+ %/, ' progress 5'), lines[at].replace(/ after /, ' after , ')][k % 5];
    }
    return lines.join('\n');
}

const SIZES = [12, 80, 400, 2000];
const SEEDS = [1, 7, 20261130];

describe('linking and the checks: the shortcuts agree with the plain ways', () => {
    for (const size of SIZES) {
        for (const seed of SEEDS) {
            test(`generated plan of ${size} activities, seed ${seed}`, async () => {
                const { services, documents } = await expectSame({ 'memory:///plan.dtp': generatePlan(size, { seed }) });
                expectShortcutsHold(services, documents);
            });
            test(`the same with mistakes, seed ${seed}`, async () => {
                const { services, documents } = await expectSame({ 'memory:///plan.dtp': withMistakes(generatePlan(size, { seed }), seed + size) });
                expect(documents[0].diagnostics!.length).toBeGreaterThan(0);
                expectShortcutsHold(services, documents);
            });
        }
        test(`a status date and tracking facts, ${size} activities`, async () => {
            const plan = withMistakes(generatePlan(size, { seed: 3 }), 99).replace('    start 2027-01-04', '    start 2027-01-04\n    status-date 2027-06-01');
            const { services, documents } = await expectSame({ 'memory:///plan.dtp': plan });
            expectShortcutsHold(services, documents);
        });
        test(`plans that do not parse, ${size} activities`, async () => {
            for (const seed of SEEDS) {
                const { services, documents } = await expectSame({ 'memory:///plan.dtp': broken(withMistakes(generatePlan(size, { seed }), seed), seed) });
                expect(documents[0].parseResult.parserErrors.length + documents[0].parseResult.lexerErrors.length).toBeGreaterThan(0);
                expectShortcutsHold(services, documents);
            }
        });
    }

    test('imports: capabilities of a catalogue, of its imports, clashing, missing and in a cycle', async () => {
        const catalogue = 'import "./more.dtp"\ncapability cap0 "Cap 0" facility\ncapability cap1 "Cap 1" competence\ncapability shared "Shared" facility';
        const more = 'import "./catalogue.dtp"\ncapability extra "Extra" facility\ncapability shared "Shared again" facility';
        const plan = withMistakes(generatePlan(300, { seed: 5 }), 5)
            .replace(/^\/\/.*\n/, 'import "./catalogue.dtp"\nimport "./missing.dtp"\n')
            .replace('    capability cap0 "Capability 0" facility\n', '')
            .replace(/ requires cap2 }/g, ' requires extra }');
        const { services, documents } = await expectSame({
            'memory:///catalogue.dtp': catalogue, 'memory:///more.dtp': more, 'memory:///plan.dtp': plan
        });
        expect(documents[2].diagnostics!.map(diagnostic => diagnostic.code)).toContain('duplicate-id');
        expectShortcutsHold(services, documents);
    });

    test('a plan linked again after an edit of its catalogue', async () => {
        const catalogueUri = URI.parse('file:///edit/catalogue.dtp');
        const planUri = URI.parse('file:///edit/plan.dtp');
        const plan = generatePlan(200, { seed: 9 }).replace(/^\/\/.*\n/, 'import "./catalogue.dtp"\n').replace(/ requires cap3 }/g, ' requires extra }');
        const catalogues = ['capability other "Other" facility', 'capability extra "Extra" facility', 'capability other "Other" facility'];
        const pipelines = [plainServices, createDtpServices].map(create => {
            const files = new VirtualFileSystemProvider();
            files.insert(planUri, plan);
            files.insert(catalogueUri, catalogues[0]);
            return { files, services: create({ fileSystemProvider: () => files }) };
        });
        for (const { services } of pipelines) {
            const documents = services.shared.workspace.LangiumDocuments;
            const loaded = [await documents.getOrCreateDocument(catalogueUri), await documents.getOrCreateDocument(planUri)];
            await services.shared.workspace.DocumentBuilder.build(loaded, { validation: true });
        }
        const unresolved: number[] = [];
        for (const catalogue of [undefined, ...catalogues.slice(1)]) {
            if (catalogue !== undefined) {
                for (const { files, services } of pipelines) {
                    files.insert(catalogueUri, catalogue);
                    await services.shared.workspace.DocumentBuilder.update([catalogueUri], []);
                }
            }
            const [plainPlan, fastPlan] = pipelines.map(({ services }) => services.shared.workspace.LangiumDocuments.getDocument(planUri) as LangiumDocument<Plan>);
            expect(JSON.parse(JSON.stringify(fastPlan.diagnostics))).toEqual(JSON.parse(JSON.stringify(plainPlan.diagnostics)));
            expect(linksOf(pipelines[1].services, fastPlan)).toEqual(linksOf(pipelines[0].services, plainPlan));
            expectShortcutsHold(pipelines[1].services, [fastPlan]);
            unresolved.push(fastPlan.diagnostics!.filter(diagnostic => diagnostic.code === 'unresolved-reference').length);
        }
        expect(unresolved[0]).toBeGreaterThan(0); // `extra` is missing, then declared, then missing again
        expect(unresolved.slice(1)).toEqual([0, unresolved[0]]);
    });

    test('two programmes in one file', async () => {
        const first = generatePlan(40, { seed: 2 }).replace(/^\/\/.*\n/, '');
        const second = withMistakes(generatePlan(40, { seed: 4 }), 4).replace(/^\/\/.*\n/, '').replace('programme bench', 'programme other');
        const { services, documents } = await expectSame({ 'memory:///two.dtp': `${first}\n${second}` });
        expectShortcutsHold(services, documents);
    });

    const root = join(import.meta.dirname, '../../..');
    const folders = ['examples', 'test/fixtures/diagnostics', 'test/fixtures/invalid', 'test/fixtures/format'];
    test.each(folders)('the plans in %s, built together with what they import', async folder => {
        const files: Record<string, string> = {};
        const add = (dir: string) => {
            for (const name of readdirSync(join(root, dir))) {
                const path = join(dir, name);
                if (statSync(join(root, path)).isDirectory()) add(path);
                else if (name.endsWith('.dtp')) files[URI.file(join(root, path)).toString()] = readFileSync(join(root, path), 'utf8');
            }
        };
        add(folder);
        const { services, documents } = await expectSame(files);
        expectShortcutsHold(services, documents);
    });
});
