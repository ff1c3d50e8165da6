// DTP resolves every reference through DtpScopeProvider (activities per programme, capabilities per file and its
// imports), so Langium's per-container local symbol tables are never read: skip computing them (a large share of
// build time on plans with 100,000 activities). Exported symbols (top-level capabilities) are still indexed.
import { DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LocalSymbols } from 'langium';

export class DtpScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
