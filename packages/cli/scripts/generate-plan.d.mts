// Types of generate-plan.mjs, for the TypeScript tests that generate large plans with it.
export function generatePlan(activities: number, options?: { descriptionLength?: number; seed?: number }): string;
export function generateChain(length: number): string;
