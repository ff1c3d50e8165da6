// One way to report a diagnostic: the code decides the severity (validation/codes.ts), and the code travels
// in `code` (shown by editors and the CLI) and in `data.code` (read by quick fixes).
import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import { DIAGNOSTIC_SEVERITY, type DiagnosticCode } from './codes.js';

export type ReportInfo<N extends AstNode> = Omit<DiagnosticInfo<N>, 'code' | 'data'> & { data?: Record<string, unknown> };

export function report<N extends AstNode>(accept: ValidationAcceptor, code: DiagnosticCode, message: string, info: ReportInfo<N>): void {
    accept(DIAGNOSTIC_SEVERITY[code], message, { ...info, code, data: { ...info.data, code } } as DiagnosticInfo<N>);
}
