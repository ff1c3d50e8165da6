// Shared set-up for the language-feature tests: one in-memory workspace, documents added under chosen URIs.
import { EmptyFileSystem, TextDocument, URI, type LangiumDocument } from 'langium';
import { clearDocuments } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { createDtpServices } from '../src/dtp-module.js';
import type { Plan } from '../src/generated/ast.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const readRepoFile = (relative: string) => readFileSync(path.join(REPO, relative), 'utf8');

export function createTestServices() {
    return createDtpServices(EmptyFileSystem);
}

export type TestServices = ReturnType<typeof createTestServices>;

/** Adds documents (uri → text) to the workspace and builds them together, with validation. */
export async function buildDocuments(services: TestServices, files: Record<string, string>): Promise<LangiumDocument<Plan>[]> {
    const documents = Object.entries(files).map(([uri, text]) => {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString<Plan>(text, URI.parse(uri));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return documents;
}

export async function resetWorkspace(services: TestServices): Promise<void> {
    await clearDocuments(services.shared);
}

export function codesOf(diagnostics: readonly Diagnostic[] | undefined): string[] {
    return (diagnostics ?? []).map(diagnostic => String((diagnostic.data as { code?: string } | undefined)?.code ?? diagnostic.code));
}

/** The offset of the first occurrence of `needle` (plus `delta`) in `text`; fails loudly when absent. */
export function offsetOf(text: string, needle: string, delta = 0): number {
    const index = text.indexOf(needle);
    if (index < 0) throw new Error(`'${needle}' not in the test text`);
    return index + delta;
}

export function positionOf(document: LangiumDocument, needle: string, delta = 0) {
    return document.textDocument.positionAt(offsetOf(document.textDocument.getText(), needle, delta));
}

export function applyEdits(document: LangiumDocument, edits: Parameters<typeof TextDocument.applyEdits>[1]): string {
    return TextDocument.applyEdits(document.textDocument, edits);
}

/** A plan of `count` activities over the four phases, each after one or two earlier ones (the benchmark's shape). */
export function generatedPlan(count: number): string {
    const perPhase = Math.ceil(count / 3);
    const lines = ['programme big "Generated plan" {', '    start 2027-01-04', '    capability cloud "Cloud" facility'];
    const phases = ['initiation', 'foundation', 'improvement'];
    let n = 0;
    for (const phase of phases) {
        lines.push(`    phase ${phase} {`);
        for (let i = 0; i < perPhase && n < count; i++, n++) {
            const kind = n === 0 ? 'transformation-plan' : 'activity';
            const after = n === 0 ? '' : n > 2 ? `  after a${n - 1}, a${n - 3}` : `  after a${n - 1}`;
            const extra = phase === 'foundation' && i === 0 ? '  provides cloud' : phase === 'improvement' ? '  requires cloud' : '';
            lines.push(`        ${kind} a${n} "Activity ${n}" { duration ${1 + (n % 4)}w${after}${extra} }`);
        }
        lines.push('    }');
    }
    lines.push('    phase continuous-improvement {', '        activity review "Review" { every 3m }', '    }', '}', '');
    return lines.join('\n');
}

/** A plan with a status date and recorded facts (hover, inlay hints); dates worked out by hand, ends exclusive. */
export const TRACKED = `programme p "P" {
    start 2027-01-04
    status-date 2027-03-01
    capability cloud "Cloud" facility
    phase initiation {
        transformation-plan dtp "DTP" { duration 4w  finished 2027-02-05 }  // plan 01-04→02-01, forecast →02-06
        activity kick "Kick-off" { duration 1w  finished 2027-01-11 }          // plan last day 01-10, finished a day later
        activity memo "Memo" { duration 1w  status done }                      // done as planned
        milestone go "Go" { after dtp  finished 2027-02-10 }                   // plan 02-01, reached 02-10
    }
    phase foundation {
        activity act "Act" { duration 4w  after go  started 2027-02-03  progress 25%  provides cloud }  // D=28, r=21: S+21 = 03-22
        activity quick "Quick" { duration 8w  after go  started 2027-02-01  progress 75% }              // plan →03-29; r=14: 03-15
    }
    phase improvement {
        activity portal "Portal" { duration 2m  requires cloud }               // plan 03-01→05-01, forecast 03-22→05-22
    }
    phase continuous-improvement {
        activity review "Review" { every 3m }
    }
}`;
