// One schedule per document version, shared by validation, hover, inlay hints and the preview. The cache entry of a
// document is dropped whenever the document is linked again (it changed, or something it imports did).
import { DocumentCache, DocumentState, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';
import { localCapabilities } from '../workspace/scope-provider.js';
import { importClosure } from '../workspace/imports.js';
import { scheduleProgramme, type Schedule } from './schedule.js';
import { planOf } from '../workspace/plan-walk.js';

export interface ScheduleProviderServices {
    shared: LangiumSharedCoreServices;
}

export class ScheduleProvider {
    private readonly documents: LangiumDocuments;
    private readonly cache: DocumentCache<string, Schedule | undefined>;
    /** Today's date for plans that give no date at all; a function so long-running servers see the day change. */
    private readonly today: () => string;

    /**
     * A status date that overrides every plan's own `status-date` (the CLI's --status-date). Set it before documents
     * are built: schedules are cached per document version.
     */
    statusDate: string | undefined;

    constructor(services: ScheduleProviderServices, today: () => string = localToday, statusDate?: string) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.cache = new DocumentCache(services.shared, DocumentState.Linked);
        this.today = today;
        this.statusDate = statusDate;
    }

    /** The schedule of the document's (first) programme; undefined for a file without one, e.g. a catalogue. */
    getSchedule(document: LangiumDocument): Schedule | undefined {
        const programme = planOf(document).programmes?.[0];
        if (!programme) return undefined;
        // Before linking, references are unresolved: such a schedule is computed but not kept.
        if (document.state < DocumentState.Linked) return this.compute(document);
        const cached = this.cache.get(document.uri, 'schedule', () => this.compute(document));
        // A new parse of the same URI yields a new AST; never serve dates of the old one.
        if (cached && cached.programme !== programme) {
            this.cache.clear(document.uri);
            return this.cache.get(document.uri, 'schedule', () => this.compute(document));
        }
        return cached;
    }

    private compute(document: LangiumDocument): Schedule | undefined {
        const programme = planOf(document).programmes?.[0];
        if (!programme) return undefined;
        const importedCapabilities = importClosure(document, this.documents)
            .flatMap(imported => localCapabilities(planOf(imported)));
        return scheduleProgramme(programme, { today: this.today(), statusDate: this.statusDate, importedCapabilities });
    }
}

function localToday(): string {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
