// Node adapter with the editor features: the core adapter (node-core.ts) with the full (LSP) service set, for
// `dtp fmt` and the tests of editor features. One-shot runs use `@dtp/language/core/node`.
import './polyfill.js';
import { createDtpServices } from './dtp-module.js';
import { nodeContext, withoutReferenceIndex, type NodeServicesOptions } from './node-core.js';

export { loadPlans, MAX_PLAN_BYTES, planFileProblem, PlanFileSystemProvider, type NodeServicesOptions } from './node-core.js';

export function createNodeDtpServices(options: NodeServicesOptions = {}) {
    return createDtpServices(nodeContext(options), options.indexReferences ?? true ? {} : withoutReferenceIndex);
}

export type DtpNodeServices = ReturnType<typeof createNodeDtpServices>;
