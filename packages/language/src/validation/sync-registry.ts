// Langium wraps every registered check in two async functions, so every check of every node costs promises and
// microtask turns even when it returns nothing; on a plan of 10,000 activities that was a large part of checking it.
// This registry reports a check's error exactly as Langium's does (logged, and an error on the node; a cancellation
// is passed on), but a check that returns no promise runs and returns without one. The document validator goes
// one step further and runs the checks themselves in runChecks, which treats them exactly as their wrappers do.
import { ValidationRegistry, type AstNode, type Cancellation, type MaybePromise, type ValidationAcceptor, type ValidationCheck } from 'langium';

const CONTEXT = 'An error occurred during validation';

/** A check registered elsewhere than here (e.g. on Langium's registry): runChecks calls it as it is. */
const AS_IS = Symbol('as is');

/** One node type's checks, for runChecks: each as registered with its `this`, or as it is (AS_IS). */
export interface CheckGroup {
    readonly checks: readonly ValidationCheck[];
    readonly thisObjs: readonly unknown[];
    /** Langium's handleException, for the checks this registry wrapped. */
    readonly handle: (functionality: () => MaybePromise<void>, accept: ValidationAcceptor, node: AstNode) => Promise<void>;
}

export class DtpValidationRegistry extends ValidationRegistry {
    /** The check each wrapper runs, and its `this`. */
    private readonly unwrapped = new WeakMap<ValidationCheck, { check: ValidationCheck; thisObj: unknown }>();
    private readonly handle: CheckGroup['handle'] = (functionality, accept, node) => this.handleException(functionality, CONTEXT, accept, node);

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        const wrapped: ValidationCheck = (node, accept, cancelToken) => {
            let result: MaybePromise<void>;
            try {
                result = check.call(thisObj, node, accept, cancelToken);
            } catch (error) {
                return this.handleException(() => { throw error; }, CONTEXT, accept, node);
            }
            if (result && typeof (result as PromiseLike<void>).then === 'function') return this.handleException(() => result, CONTEXT, accept, node);
            return undefined;
        };
        this.unwrapped.set(wrapped, { check, thisObj });
        return wrapped;
    }

    /** The checks getChecks gave, ready for runChecks: one call per check instead of two (the wrapper's and the check's). */
    checkGroup(wrapped: readonly ValidationCheck[]): CheckGroup {
        const checks: ValidationCheck[] = [];
        const thisObjs: unknown[] = [];
        for (const check of wrapped) {
            const found = this.unwrapped.get(check);
            checks.push(found ? found.check : check);
            thisObjs.push(found ? found.thisObj : AS_IS);
        }
        return { checks, thisObjs, handle: this.handle };
    }
}

/** A group of checks all called as they are (for a registry that is not DTP's). */
export function asIsGroup(checks: readonly ValidationCheck[]): CheckGroup {
    return { checks, thisObjs: checks.map(() => AS_IS), handle: () => Promise.resolve() };
}

/**
 * Runs a node's checks in order from `from`, each exactly as its wrapper would (a throw or a rejection becomes an
 * error on the node), and returns a promise only when a check returned one: the rest then run after it.
 */
export function runChecks(node: AstNode, group: CheckGroup, accept: ValidationAcceptor, cancelToken: Cancellation.CancellationToken, from = 0): Promise<void> | undefined {
    const { checks, thisObjs } = group;
    for (let c = from; c < checks.length; c++) { // indexed: a for-of step allocates until the engine optimises it
        const thisObj = thisObjs[c];
        if (thisObj === AS_IS) {
            const result = checks[c](node, accept, cancelToken);
            if (result) return finishChecks(result, node, group, c + 1, accept, cancelToken);
            continue;
        }
        let result: MaybePromise<void>;
        try {
            result = checks[c].call(thisObj, node, accept, cancelToken);
        } catch (error) {
            return finishChecks(group.handle(() => { throw error; }, accept, node), node, group, c + 1, accept, cancelToken);
        }
        if (result && typeof (result as PromiseLike<void>).then === 'function') {
            const pending = result;
            return finishChecks(group.handle(() => pending, accept, node), node, group, c + 1, accept, cancelToken);
        }
    }
    return undefined;
}

async function finishChecks(pending: PromiseLike<void>, node: AstNode, group: CheckGroup, from: number, accept: ValidationAcceptor, cancelToken: Cancellation.CancellationToken): Promise<void> {
    await pending;
    const rest = runChecks(node, group, accept, cancelToken, from);
    if (rest) await rest;
}
