// DTP is the only language of its server. Langium's registry finds a document's services by the open text
// document's language id or by the file extension; a document that has neither any more (an `untitled:` plan
// that was closed) made every later build throw, so the server stopped validating. One language: one answer.
// Whether a file *is* a plan stays Langium's question (an open document of the language, or a `.dtp` file): the
// workspace index asks it of every file in the folder, and a roadmap exported next to a plan (.svg, .xlsx …) is not one.
import { DefaultServiceRegistry, type LangiumCoreServices, type URI } from 'langium';

export class DtpServiceRegistry extends DefaultServiceRegistry {
    override getServices(uri: URI): LangiumCoreServices {
        const languages = this.all;
        if (languages.length === 1) return languages[0];
        return super.getServices(uri);
    }

    override hasServices(uri: URI): boolean {
        try {
            super.getServices(uri); // Langium's strict lookup: throws for a file of no language
            return true;
        } catch {
            return false;
        }
    }
}
