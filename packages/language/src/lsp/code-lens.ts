// "Open roadmap" above each programme: runs the client's `dtp.openPreview` command with the document URI.
import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { isPlan } from '../generated/ast.js';

export const OPEN_PREVIEW_COMMAND = 'dtp.openPreview';

export class DtpCodeLensProvider implements CodeLensProvider {
    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const plan = document.parseResult.value;
        if (!isPlan(plan)) return [];
        const lenses: CodeLens[] = [];
        for (const programme of plan.programmes) {
            const cst = programme.$cstNode;
            if (!cst) continue;
            lenses.push({
                range: cst.range.start.line === cst.range.end.line ? cst.range : { start: cst.range.start, end: cst.range.start },
                command: { title: 'Open roadmap', command: OPEN_PREVIEW_COMMAND, arguments: [document.uri.toString()] }
            });
        }
        return lenses;
    }
}
