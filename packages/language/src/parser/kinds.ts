// Phase and activity kinds as written. The grammar lets a kind be any word so that a misspelling does not derail
// the parser; here a word close to a kind (`initiatie`, `activty`) becomes that kind, so the rest of the plan is
// checked as meant, and the checker reports the misspelling once (validation/literal-checks.ts).
import { DefaultValueConverter, GrammarUtils, ValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
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

    /**
     * The conversion runConverter applies to every value of this rule, chosen once: the fast parser
     * (fast-parser.ts) converts each value with it instead of looking the rule up by its name per value.
     * test/fast-parser.test.ts checks that both give the same values for every rule of the grammar.
     */
    converterFor(rule: GrammarAST.AbstractRule): (input: string) => ValueType {
        if (rule.name === 'PhaseKind') return phaseKindOf;
        if (rule.name === 'ActivityKind') return activityKindOf;
        switch (rule.name.toUpperCase()) {
            case 'INT': return ValueConverter.convertInt;
            case 'STRING': return convertString;
            case 'ID': return ValueConverter.convertID;
        }
        switch (GrammarUtils.getRuleType(rule)?.toLowerCase()) {
            case 'number': return ValueConverter.convertNumber;
            case 'boolean': return ValueConverter.convertBoolean;
            case 'bigint': return ValueConverter.convertBigint;
            case 'date': return ValueConverter.convertDate;
            default: return unchanged;
        }
    }
}

const unchanged = (input: string): string => input;

/**
 * Langium's convertString, without building a string character by character where there is no escape: the
 * same value, as one slice of the text instead of a chain of a dozen partial strings kept per quoted label.
 */
export function convertString(input: string): string {
    return input.includes('\\') ? ValueConverter.convertString(input) : input.substring(1, input.length - 1);
}
