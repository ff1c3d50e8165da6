// Node adapter of the core services (`@dtp/language/core/node`): loads plans (and, transitively, what they import)
// from disk into a Langium workspace, without the editor features. node.ts adds the full (LSP) service set.
import './polyfill.js';
import { URI, type FileSystemProvider, type LangiumDocument, type LangiumSharedCoreServices, type Module, type PartialLangiumCoreServices } from 'langium';
import * as path from 'node:path';
import { createDtpCoreServices, type DtpCoreServices } from './dtp-core-module.js';
import type { Plan } from './generated/ast.js';
import { resolveImportUri } from './workspace/imports.js';
import { PlanFileSystemProvider } from './workspace/plan-file-system.js';

export { MAX_PLAN_BYTES, planFileProblem, PlanFileSystemProvider, type PlanReadOptions } from './workspace/plan-file-system.js';

export interface NodeServicesOptions {
    /**
     * Index who references what (find references, rename, relinking after edits). A one-shot build — the CLI
     * checking, scheduling or drawing a plan — asks none of that, and skipping it saves about a twentieth of the
     * time on large plans. Default: true.
     */
    indexReferences?: boolean;
    /** Where plans are read from instead of the disk, e.g. a git revision (`dtp diff`). Default: the disk. */
    fileSystem?: FileSystemProvider;
    /**
     * Read plans from the disk with synchronous calls: for a one-shot build, which has nothing to do while it
     * waits (see PlanReadOptions.blocking). Default: false.
     */
    blockingReads?: boolean;
}

/** The shared-services context for the options: plans read from `fileSystem`, or from the disk. */
export function nodeContext(options: NodeServicesOptions) {
    const { fileSystem, blockingReads = false } = options;
    return { fileSystemProvider: () => fileSystem ?? new PlanFileSystemProvider(blockingReads) };
}

/** What `indexReferences: false` replaces: no reference descriptions are computed. */
export const withoutReferenceIndex = {
    workspace: { ReferenceDescriptionProvider: () => ({ createDescriptions: async () => [] }) }
} satisfies Module<DtpCoreServices, PartialLangiumCoreServices>;

export function createNodeDtpCoreServices(options: NodeServicesOptions = {}) {
    return createDtpCoreServices(nodeContext(options), options.indexReferences ?? true ? {} : withoutReferenceIndex);
}

export type DtpNodeCoreServices = ReturnType<typeof createNodeDtpCoreServices>;

/**
 * Loads the given files and everything they import (missing imports are left for the checker to report),
 * then parses, links and validates them. Returns the documents of the given files, in order.
 */
export async function loadPlans(services: { shared: LangiumSharedCoreServices }, files: string[]): Promise<LangiumDocument<Plan>[]> {
    const documents = services.shared.workspace.LangiumDocuments;
    const fs = services.shared.workspace.FileSystemProvider;
    const roots: LangiumDocument<Plan>[] = [];
    const all: LangiumDocument[] = [];
    const queue: URI[] = files.map(file => URI.file(path.resolve(file)));
    const seen = new Set<string>();
    for (let i = 0; i < queue.length; i++) {
        const uri = queue[i];
        if (seen.has(uri.toString())) continue;
        seen.add(uri.toString());
        let document: LangiumDocument<Plan>;
        try {
            document = await documents.getOrCreateDocument(uri) as LangiumDocument<Plan>;
        } catch {
            if (i < files.length) throw new Error(`cannot read ${uri.fsPath}`);
            continue; // an import that cannot be read: reported on the import line by the checker
        }
        if (i < files.length) roots.push(document);
        all.push(document);
        for (const imp of document.parseResult.value.imports ?? []) {
            if (!imp.path) continue;
            const target = resolveImportUri(document, imp.path);
            if (!seen.has(target.toString()) && await fs.exists(target)) queue.push(target);
        }
    }
    await services.shared.workspace.DocumentBuilder.build(all, { validation: true });
    return roots;
}
