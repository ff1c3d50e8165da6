// Documents are parsed by the fast parser (parser/fast-parser.ts) when it can, and by Langium's parser otherwise
// (syntax errors, or a rule other than the entry rule asked for). Both paths give the same parse result.
import { DefaultLangiumDocumentFactory, type AstNode, type ParseResult, type ParserOptions, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { FastParser } from '../parser/fast-parser.js';

export class DtpDocumentFactory extends DefaultLangiumDocumentFactory {
    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        return (options?.rule ? undefined : this.fastParser(uri)?.parse<T>(text)) ?? super.parse<T>(uri, text, options);
    }

    protected override parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        const result = this.fastParser(uri)?.parse<T>(text);
        return result ? Promise.resolve(result) : super.parseAsync<T>(uri, text, cancellationToken);
    }

    private fastParser(uri: URI): FastParser | undefined {
        const services = this.serviceRegistry.getServices(uri) as { parser: { FastParser?: FastParser } };
        return services.parser.FastParser;
    }
}
