// The language server indexes the folders the editor opened. A plan may import a file outside them (a catalogue
// shared by several programmes): once a build has parsed the importing plans, load such files from disk and
// rebuild the importers, so the editor agrees with `dtp validate`, which follows imports wherever they lead.
import { DocumentState, type LangiumDocument, type URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { resolveImportUri } from '../workspace/imports.js';
import { planOf } from '../workspace/plan-walk.js';
import { announceBuild } from './diagnostics-first.js';

export function loadImportsOnDemand(shared: LangiumSharedServices): void {
    const documents = shared.workspace.LangiumDocuments;
    const fileSystem = shared.workspace.FileSystemProvider;
    const builder = shared.workspace.DocumentBuilder;
    // Each target is tried once per server: a file that does not exist is reported on the import line instead.
    const tried = new Set<string>();

    builder.onBuildPhase(DocumentState.IndexedContent, async built => {
        const wanted = new Map<string, { target: URI; importers: LangiumDocument[] }>();
        for (const document of built) {
            for (const imp of planOf(document).imports ?? []) {
                if (!imp.path) continue;
                const target = resolveImportUri(document, imp.path);
                const key = target.toString();
                if (documents.hasDocument(target) || (tried.has(key) && !wanted.has(key))) continue;
                tried.add(key);
                const entry = wanted.get(key) ?? { target, importers: [] };
                entry.importers.push(document);
                wanted.set(key, entry);
            }
        }
        if (wanted.size === 0) return;
        const found = (await Promise.all([...wanted.values()].map(async entry =>
            await fileSystem.exists(entry.target).catch(() => false) ? entry : undefined))).filter(entry => entry !== undefined);
        if (found.length === 0) return;
        const changed = [...found.map(entry => entry.target), ...found.flatMap(entry => entry.importers.map(doc => doc.uri))];
        // After this build, never inside it: the build holds the workspace lock.
        announceBuild(builder);
        void shared.workspace.WorkspaceLock.write(token => builder.update(changed, [], token));
    });
}
