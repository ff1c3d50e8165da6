// Phase and activity kinds as written. The grammar lets a kind be any word so that a misspelling does not derail
// the parser; here a word close to a kind (`initiatie`, `activty`) becomes that kind, so the rest of the plan is
// checked as meant, and the checker reports the misspelling once (validation/literal-checks.ts).
import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { PHASE_ORDER } from '@dtp/roadmap';
import { closestName } from '../validation/did-you-mean.js';

export const ACTIVITY_KINDS = ['activity', 'milestone', 'transformation-plan'] as const;

/** The phase kind a word stands for: itself when it is one, the kind it misspells, or the word (an unknown kind). */
export function phaseKindOf(word: string): string {
    return (PHASE_ORDER as readonly string[]).includes(word) ? word : closestName(word, PHASE_ORDER) ?? word;
}

/** The activity kind a word stands for; a word close to none is read as a plain `activity`. */
export function activityKindOf(word: string): string {
    return (ACTIVITY_KINDS as readonly string[]).includes(word) ? word : closestName(word, ACTIVITY_KINDS) ?? 'activity';
}

export class DtpValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'PhaseKind') return phaseKindOf(input);
        if (rule.name === 'ActivityKind') return activityKindOf(input);
        return super.runConverter(rule, input, cstNode);
    }
}
