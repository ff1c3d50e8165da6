// A closed `untitled:` plan exists nowhere but in the editor that closed it: drop it from the workspace so its
// names stop counting (duplicate ids, workspace symbols) and it is never rebuilt. Files on disk (or in the web
// workspace) stay indexed after closing, as Langium does by default.
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import { URI } from 'langium';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export class DtpDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        if (uri.scheme === 'untitled') this.fireDocumentUpdate([], [uri]);
    }
}
