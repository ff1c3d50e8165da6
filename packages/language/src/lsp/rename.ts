// Rename across files: a capability declared in a catalogue is renamed in every plan that imports it. Langium's
// index finds the references; this adds a check that the new name is a valid DTP id, and keeps one edit per place.
import type { LangiumDocument } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { ResponseError, type RenameParams, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';

// Names as the checker accepts them (validation/literal-checks.ts): any letter or `_` first, then letters, marks, digits,
// `_` and `-`, not ending in `-`; keywords that cannot stand as a name are reserved.
const ID = /^[\p{L}_](?:[\p{L}\p{M}\p{N}_-]*[\p{L}\p{M}\p{N}_])?$/u;
const RESERVED = new Set(['programme', 'capability', 'phase', 'activity', 'milestone', 'transformation-plan', 'import',
    'start', 'status-date', 'owner', 'description', 'duration', 'after', 'provides', 'requires', 'status', 'progress', 'every',
    'intensity', 'continuous-improvement']);

/** Whether `name` can be written as an activity or capability id. */
export function isValidName(name: string): boolean {
    return ID.test(name) && !RESERVED.has(name);
}

export class DtpRenameProvider extends DefaultRenameProvider {
    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        if (!isValidName(params.newName)) {
            throw new ResponseError(-32602, `'${params.newName}' is not a valid name: use letters, digits, '_' and '-', `
                + 'start with a letter or \'_\', and do not use a keyword.');
        }
        const edit = await super.rename(document, params);
        if (!edit?.changes) return edit;
        // The declaration can be found both as a reference target and as a declaration: keep each range once.
        for (const [uri, edits] of Object.entries(edit.changes)) {
            const seen = new Set<string>();
            edit.changes[uri] = edits.filter((change: TextEdit) => {
                const key = `${change.range.start.line}:${change.range.start.character}`;
                if (seen.has(key)) return false;
                seen.add(key);
                return true;
            });
        }
        return edit;
    }
}
