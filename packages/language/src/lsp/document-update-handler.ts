// A closed `untitled:` plan exists nowhere but in the editor that closed it: drop it from the workspace so its
// names stop counting (duplicate ids, workspace symbols) and it is never rebuilt. Files on disk (or in the web
// workspace) stay indexed after closing, as Langium does by default.
//
// Langium watches every file of the workspace (`**/*`, so that folder events arrive too) and loads whatever changed
// as a document: a roadmap exported next to the plan (.svg, .xlsx, .xml …) would be parsed as a plan and show a hundred
// syntax errors. Only plans are loaded; deletions pass as they come (a deleted folder takes its plans with it).
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import { URI } from 'langium';
import { announceBuild } from './diagnostics-first.js';
import { FileChangeType, type DidChangeWatchedFilesParams, type TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export class DtpDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        if (uri.scheme === 'untitled') this.fireDocumentUpdate([], [uri]);
    }

    // Answers waiting for the diagnostics of the build this one cancels must not hold it up (see diagnostics-first.ts).
    protected override fireDocumentUpdate(changed: URI[], deleted: URI[]): void {
        announceBuild(this.documentBuilder);
        super.fireDocumentUpdate(changed, deleted);
    }

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        const changes = params.changes.filter(change => change.type === FileChangeType.Deleted || this.serviceRegistry.hasServices(URI.parse(change.uri)));
        super.didChangeWatchedFiles({ ...params, changes });
    }
}
