import { describe, expect, test } from 'vitest';
import { ModelLocator, SourceLocator, type RoadmapModel, type SourceRange } from '../src/index.js';

const range = (startLine: number, startCharacter: number, endLine: number, endCharacter: number, uri?: string): SourceRange =>
    ({ ...(uri ? { uri } : {}), start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } });

describe('SourceLocator', () => {
    const items = [
        { id: 'late', source: range(10, 4, 12, 5) },
        { id: 'early', source: range(2, 4, 4, 5) },
        { id: 'imported', source: range(0, 0, 99, 0, 'file:///catalogue.dtp') },
        { id: 'no-source' }
    ];
    const locator = new SourceLocator<{ id: string; source?: SourceRange }>(items);

    test('finds the item whose range holds a position, whatever the input order, ends included', () => {
        expect(locator.at({ line: 3, character: 0 })?.id).toBe('early');
        expect(locator.at({ line: 2, character: 4 })?.id).toBe('early');
        expect(locator.at({ line: 4, character: 5 })?.id).toBe('early');
        expect(locator.at({ line: 12, character: 0 })?.id).toBe('late');
    });

    test('a position between, before or after every range, or only inside an imported file, finds nothing', () => {
        expect(locator.at({ line: 4, character: 6 })).toBeUndefined();
        expect(locator.at({ line: 0, character: 0 })).toBeUndefined();
        expect(locator.at({ line: 50, character: 0 })).toBeUndefined();
    });
});

describe('ModelLocator', () => {
    test('places a position on an activity, else on its phase, else nowhere', () => {
        const model = {
            phases: [{ kind: 'foundation', source: range(5, 4, 20, 5) }],
            activities: [{ id: 'landing', source: range(6, 8, 8, 9) }]
        } as unknown as RoadmapModel;
        const locator = new ModelLocator(model);
        expect(locator.placeOf({ line: 7, character: 0 })).toEqual({ activityId: 'landing' });
        expect(locator.placeOf({ line: 5, character: 4 })).toEqual({ phase: 'foundation' });
        expect(locator.placeOf({ line: 1, character: 0 })).toEqual({});
    });
});
