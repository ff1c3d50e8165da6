// DTP is the only language of its server. Langium's registry finds a document's services by the open text
// document's language id or by the file extension; a document that has neither any more (an `untitled:` plan
// that was closed) made every later build throw, so the server stopped validating. One language: one answer.
import { DefaultServiceRegistry, type LangiumCoreServices, type URI } from 'langium';

export class DtpServiceRegistry extends DefaultServiceRegistry {
    override getServices(uri: URI): LangiumCoreServices {
        const languages = this.all;
        if (languages.length === 1) return languages[0];
        return super.getServices(uri);
    }

    override hasServices(uri: URI): boolean {
        return this.all.length === 1 || super.hasServices(uri);
    }
}
