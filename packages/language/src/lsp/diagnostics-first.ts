// Diagnostics first. After each change an editor asks for more than diagnostics: VS Code asks for semantic tokens,
// inlay hints, the outline, folding and code lenses, and Langium answers each as soon as the document is parsed or
// linked, in the middle of the build that checks it. On a plan of 10,000 activities those answers cost about as
// much as the build itself (semantic tokens of the whole file; inlay hints build the roadmap model), so they delayed
// the problems of every edit by that much. The heavier ones wait here until the document's diagnostics are out.
//
// They must never wait for a build that will not come: a waiting answer holds Langium's workspace lock open for
// reads, and the next build starts only once all reads are done. So a wait also ends when a new build is asked for
// (`announceBuild`, from every place in the server that asks), when the request is cancelled, and after a bound.
import { DocumentState, Emitter, OperationCancelled, UriUtils, type Disposable, type DocumentBuilder, type LangiumDocument } from 'langium';
import { CancellationToken } from 'vscode-languageserver';

/** Longer than a build of 10,000 activities on a busy machine; only a wait nothing ends would reach it. */
const BOUND_MS = 2000;

const builds = new WeakMap<DocumentBuilder, Emitter<void>>();

function buildsOf(builder: DocumentBuilder): Emitter<void> {
    let emitter = builds.get(builder);
    if (!emitter) builds.set(builder, emitter = new Emitter<void>());
    return emitter;
}

/** Say that a build is about to be queued: it cancels the running one, whose diagnostics then never come. */
export function announceBuild(builder: DocumentBuilder): void {
    builds.get(builder)?.fire();
}

/**
 * Resolves once `document` is validated (its diagnostics published), or once waiting any longer could hold up a build.
 * Rejects with Langium's OperationCancelled when the request was cancelled meanwhile (VS Code cancels these requests
 * when the text changes again), so an answer nobody waits for costs nothing; Langium answers the request as cancelled.
 */
export async function afterDiagnostics(builder: DocumentBuilder, document: LangiumDocument, cancelToken: CancellationToken = CancellationToken.None): Promise<void> {
    if (document.state < DocumentState.Validated && !cancelToken.isCancellationRequested) await validated(builder, document, cancelToken);
    if (cancelToken.isCancellationRequested) throw OperationCancelled;
}

function validated(builder: DocumentBuilder, document: LangiumDocument, cancelToken: CancellationToken): Promise<void> {
    return new Promise(resolve => {
        const disposables: Disposable[] = [];
        const done = () => {
            clearTimeout(timer);
            for (const disposable of disposables) disposable.dispose();
            resolve();
        };
        const timer = setTimeout(done, BOUND_MS);
        disposables.push(
            builder.onDocumentPhase(DocumentState.Validated, validated => { if (UriUtils.equals(validated.uri, document.uri)) done(); }),
            buildsOf(builder).event(done),
            cancelToken.onCancellationRequested(done)
        );
    });
}
