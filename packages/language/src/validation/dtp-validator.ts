// Registers the checks of every concern (one file each under validation/) with Langium.
import type { ValidationChecks } from 'langium';
import type { DtpAstType } from '../generated/ast.js';
import type { DtpCoreServices } from '../dtp-core-module.js';
import { capabilityChecks } from './capability-checks.js';
import { dependencyChecks } from './dependency-checks.js';
import { identityChecks } from './identity-checks.js';
import { importChecks } from './import-checks.js';
import { literalChecks } from './literal-checks.js';
import { phaseChecks } from './phase-checks.js';
import { programmeChecks } from './programme-checks.js';
import { transformationPlanChecks } from './transformation-plan-checks.js';
import { scheduleChecks } from './schedule-checks.js';
import { trackingChecks } from './tracking-checks.js';

/** Each concern exports a factory so it can read services (e.g. the schedule) it needs. */
export type CheckFactory = (services: DtpCoreServices) => ValidationChecks<DtpAstType>;

const concerns: CheckFactory[] = [
    programmeChecks, phaseChecks, transformationPlanChecks, capabilityChecks, dependencyChecks, identityChecks, importChecks, literalChecks,
    scheduleChecks, trackingChecks
];

export function registerValidationChecks(services: DtpCoreServices): void {
    const registry = services.validation.ValidationRegistry;
    for (const concern of concerns) registry.register(concern(services));
}
