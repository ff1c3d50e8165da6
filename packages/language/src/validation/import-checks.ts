// Imports (docs/language.md): the imported file exists and is loaded, and it is a catalogue: imports and capabilities only.
import { AstUtils, UriUtils, type FileSystemProvider, type LangiumDocuments, type URI, type ValidationAcceptor } from 'langium';
import type { Import } from '../generated/ast.js';
import { resolveImportUri } from '../workspace/imports.js';
import type { CheckFactory } from './dtp-validator.js';
import { lineOf } from './phase-checks.js';
import { report } from './report.js';
import { text } from '@dtp/roadmap';
import { planOf } from '../workspace/plan-walk.js';

export const importChecks: CheckFactory = services => {
    const documents = services.shared.workspace.LangiumDocuments;
    const files = services.shared.workspace.FileSystemProvider;
    return {
        Import: (imp, accept) => checkImport(imp, accept, documents, files)
    };
};

async function checkImport(imp: Import, accept: ValidationAcceptor, documents: LangiumDocuments, files: FileSystemProvider): Promise<void> {
    if (imp.path === undefined) return;
    if (imp.path.trim() === '') {
        report(accept, 'unresolved-import', text('check.import-empty'),
            { node: imp, property: 'path', data: { path: imp.path } });
        return;
    }
    const document = AstUtils.getDocument(imp);
    const uri = resolveImportUri(document, imp.path);
    if (UriUtils.equals(uri, document.uri)) {
        report(accept, 'invalid-import', text('check.import-self'), { node: imp, property: 'path', data: { path: imp.path } });
        return;
    }
    const imported = documents.getDocument(uri);
    if (!imported) {
        const resolved = uri.scheme === 'file' ? uri.fsPath : uri.toString();
        const refused = readProblemOf(files, uri);
        if (refused) {
            // The file system's reason is in English (it names the file as "it"); its wording is not the catalogue's.
            report(accept, 'unresolved-import', text('check.import-refused', { path: imp.path, problem: refused.replace(`${resolved} `, 'it ') }),
                { node: imp, property: 'path', data: { path: imp.path, resolved } });
            return;
        }
        // A file on disk that the workspace did not load (e.g. outside the opened folder) is not a wrong path.
        const onDisk = await files.exists(uri).catch(() => false);
        report(accept, 'unresolved-import', text(onDisk ? 'check.import-not-loaded' : 'check.import-missing', { path: imp.path, resolved }),
            { node: imp, property: 'path', data: { path: imp.path, resolved, exists: onDisk } });
        return;
    }
    const programme = planOf(imported).programmes?.[0];
    if (programme) {
        report(accept, 'invalid-import', text('check.import-programme', { path: imp.path, programme: programme.name, line: lineOf(programme) }),
            { node: imp, property: 'path', data: { path: imp.path, programme: programme.name } });
    }
}

/** Why the file system refused to read `uri`, when it can say (the Node plan file system can; see node.ts). */
function readProblemOf(files: FileSystemProvider, uri: URI): string | undefined {
    return (files as FileSystemProvider & { problemOf?(uri: URI): string | undefined }).problemOf?.(uri);
}
