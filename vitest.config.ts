import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
        testTimeout: 60_000,
        hookTimeout: 120_000,
        // Two cores here: subprocess-heavy CLI and LSP tests must not starve each other.
        maxWorkers: 2
    }
});
