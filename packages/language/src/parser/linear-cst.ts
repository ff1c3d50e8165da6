// Langium 4.4's CstNodeBuilder.addHiddenNodes runs for every consumed token, even when there are no hidden
// tokens (comments) before it, and then searches its parent's children with indexOf: quadratic in the number of
// siblings, i.e. in the number of activities of a phase. Skipping the empty case keeps parsing linear; comments
// still go through Langium's own placement.
import { createLangiumParser, type LangiumCoreServices, type LangiumParser } from 'langium';

interface HiddenNodeBuilder {
    addHiddenNodes(tokens: unknown[]): void;
}

export function createLinearCstParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const builder = (parser as unknown as { nodeBuilder?: HiddenNodeBuilder }).nodeBuilder;
    if (builder && typeof builder.addHiddenNodes === 'function') {
        const addHiddenNodes = builder.addHiddenNodes.bind(builder);
        builder.addHiddenNodes = tokens => {
            if (tokens.length > 0) addHiddenNodes(tokens);
        };
    }
    return parser;
}
