// Langium wraps every registered check in two async functions, so every check of every node costs promises and
// microtask turns even when it returns nothing; on a plan of 10,000 activities that was a large part of checking it.
// This registry reports a check's error exactly as Langium's does (logged, and an error on the node; a cancellation
// is passed on), but a check that returns no promise runs and returns without one.
import { ValidationRegistry, type MaybePromise, type ValidationCheck } from 'langium';

const CONTEXT = 'An error occurred during validation';

export class DtpValidationRegistry extends ValidationRegistry {
    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node, accept, cancelToken) => {
            let result: MaybePromise<void>;
            try {
                result = check.call(thisObj, node, accept, cancelToken);
            } catch (error) {
                return this.handleException(() => { throw error; }, CONTEXT, accept, node);
            }
            if (result && typeof (result as PromiseLike<void>).then === 'function') return this.handleException(() => result, CONTEXT, accept, node);
            return undefined;
        };
    }
}
