// Imports: `import "path"` is relative to the importing file and is followed transitively.
import { AstUtils, UriUtils, type LangiumDocument, type LangiumDocuments, type URI } from 'langium';
import type { Import } from '../generated/ast.js';
import { planOf } from './plan-walk.js';

/** The URI an import points at, resolved against the importing document. */
export function resolveImportUri(document: LangiumDocument, path: string): URI {
    return UriUtils.resolvePath(UriUtils.dirname(document.uri), path);
}

export function importUriOf(node: Import): URI | undefined {
    if (!node.path) return undefined;
    return resolveImportUri(AstUtils.getDocument(node), node.path);
}

/**
 * The documents a document imports, directly or through other imports (itself excluded). Stops at documents
 * that are not loaded and never loops on import cycles.
 */
export function importClosure(document: LangiumDocument, documents: LangiumDocuments): LangiumDocument[] {
    const seen = new Set<string>([document.uri.toString()]);
    const result: LangiumDocument[] = [];
    const queue: LangiumDocument[] = [document];
    while (queue.length > 0) {
        const current = queue.shift()!;
        const plan = planOf(current);
        for (const imp of plan.imports ?? []) {
            if (!imp.path) continue;
            const uri = resolveImportUri(current, imp.path);
            const key = uri.toString();
            if (seen.has(key)) continue;
            seen.add(key);
            const imported = documents.getDocument(uri);
            if (imported) {
                result.push(imported);
                queue.push(imported);
            }
        }
    }
    return result;
}
