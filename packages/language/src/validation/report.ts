// One way to report a diagnostic: the code decides the severity (validation/codes.ts), and the code travels
// in `code` (shown by editors and the CLI) and in `data.code` (read by quick fixes). The message is a catalogue
// Text, worded in the language of the acceptor (the client's or the CLI's, set by the document validator); the code
// and the data are the same in every language.
import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import type { Location } from 'vscode-languageserver-types';
import { DEFAULT_LOCALE, translate, type Locale, type Text } from '@dtp/roadmap';
import { DIAGNOSTIC_SEVERITY, type DiagnosticCode } from './codes.js';

export type ReportInfo<N extends AstNode> = Omit<DiagnosticInfo<N>, 'code' | 'data' | 'relatedInformation'> & {
    data?: Record<string, unknown>;
    relatedInformation?: Array<{ location: Location; message: Text }>;
};

const LOCALES = new WeakMap<ValidationAcceptor, Locale>();

/** The acceptor whose messages are worded in `locale`. */
export function acceptorIn(locale: Locale, accept: ValidationAcceptor): ValidationAcceptor {
    const localized: ValidationAcceptor = (severity, message, info) => accept(severity, message, info);
    LOCALES.set(localized, locale);
    return localized;
}

/** A wrapper around an acceptor (e.g. one that counts) that words its messages as the acceptor it wraps does. */
export function sameLanguage(as: ValidationAcceptor, wrapper: ValidationAcceptor): ValidationAcceptor {
    LOCALES.set(wrapper, localeOfAcceptor(as));
    return wrapper;
}

export function localeOfAcceptor(accept: ValidationAcceptor): Locale {
    return LOCALES.get(accept) ?? DEFAULT_LOCALE;
}

export function report<N extends AstNode>(accept: ValidationAcceptor, code: DiagnosticCode, message: Text, info: ReportInfo<N>): void {
    const locale = localeOfAcceptor(accept);
    const related = info.relatedInformation?.map(item => ({ location: item.location, message: translate(locale, item.message) }));
    accept(DIAGNOSTIC_SEVERITY[code], translate(locale, message), {
        ...info, ...(related ? { relatedInformation: related } : {}), code, data: { ...info.data, code }
    } as DiagnosticInfo<N>);
}
