// The pictures in Dutch: the roadmap's own words (legend, Today, status date, health, tooltips, axis months) and its
// dates for people (3 mrt 2027) follow `locale`; the plan's text is drawn exactly as written; English is the default.
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/html.js';
import { renderMarkdown } from '../src/markdown.js';
import { renderMermaid } from '../src/mermaid.js';
import { renderSvg } from '../src/svg.js';
import { all, parseSvg, text } from './dom.js';
import { noordstadModel } from './fixtures/noordstad.js';
import { trackedModel } from './fixtures/tracked.js';

const texts = (svg: string) => all(parseSvg(svg), el => el.name === 'text').map(text);

describe('an SVG roadmap in Dutch', () => {
    const model = noordstadModel();
    const dutch = renderSvg(model, { locale: 'nl', today: '2027-03-03' });
    const english = renderSvg(model, { today: '2027-03-03' });

    it('says its own words in Dutch', () => {
        const words = texts(dutch);
        expect(words).toContain('Legenda');
        expect(words).toContain('Vandaag 3 mrt 2027');
        expect(words).toContain('Kritiek pad');
        expect(words).toContain('Mijlpaal');
        expect(words).toContain('Capabilities');
        expect(words).not.toContain('Legend');
        expect(words.some(word => /^Today/.test(word))).toBe(false);
    });

    it('names the months of the axis in Dutch, and the phase kinds where the plan gives no label of its own', () => {
        const ticks = all(parseSvg(dutch), el => el.name === 'text' && /tick-label/.test(el.attribs.class ?? '')).map(text);
        expect(ticks).toContain('jan 2028');
        expect(ticks).toContain('mrt');
        expect(ticks.some(tick => /^(Jan|Mar|May|Oct)\b/.test(tick))).toBe(false);
        // A phase the plan gave no label carries the English name of its kind in the model: drawn in Dutch here.
        const unlabelled = noordstadModel();
        unlabelled.phases[1].label = 'Foundation';
        expect(texts(renderSvg(unlabelled, { locale: 'nl' }))).toContain('Digitaal fundament');
        // A label of the plan's own is its text: drawn as written.
        expect(texts(renderSvg(noordstadModel(), { locale: 'nl' }))).toContain(noordstadModel().phases[1].label);
    });

    it('draws the plan\'s own text as written, whatever the language', () => {
        for (const label of ['Cloud landing zone', 'Randvoorwaarden en kaders', 'Programme approved by the council']) {
            expect(dutch).toContain(label);
            expect(english).toContain(label);
        }
    });

    it('is English by default, as before', () => {
        const words = texts(english);
        expect(words).toContain('Legend');
        expect(words).toContain('Today 2027-03-03');
        expect(words).not.toContain('Legenda');
    });
});

describe('a tracked roadmap in Dutch', () => {
    const model = trackedModel();
    const svg = renderSvg(model, { locale: 'nl' });

    it('names the status date and health in Dutch, with Dutch dates', () => {
        const words = texts(svg);
        expect(words.some(word => /^Peildatum \d{1,2} [a-z]{3} \d{4}$/.test(word))).toBe(true);
        expect(words).toContain('Te laat: verschuift het einde van het programma');
        expect(words.find(word => word.startsWith('Peildatum') && word.includes('einde volgens prognose'))).toBeDefined();
    });

    it('words the HTML page and its tooltips in Dutch', () => {
        const html = renderHtml(model, { locale: 'nl' });
        expect(html).toContain('<html lang="nl"');
        expect(html).toContain('>Passend</button>');
        const data = JSON.parse(/<script type="application\/json" id="dtp-data">([^<]*)<\/script>/.exec(html)![1]);
        expect(data.words.forecast).toBe('prognose');
        expect(data.activities.gateway.tracking.health).toBe('✖ te laat: verschuift het einde van het programma');
        expect(data.activities.gateway.tracking.variance).toBe('+42 dagen');
    });

    it('writes Markdown and Mermaid with Dutch words and the plan\'s labels', () => {
        const md = renderMarkdown(model, { locale: 'nl' });
        expect(md).toContain('## Activiteiten');
        expect(md).toContain('| Id | Activiteit | Fase | Gepland | Prognose | Afwijking |');
        expect(md).toContain('Peildatum **');
        expect(md).not.toContain('## Activities');
        const mermaid = renderMermaid(noordstadModel(), { locale: 'nl' });
        expect(mermaid).toContain('Benefits review (elke 3m, geen einde)');
        // The axis format is Mermaid's, not a word: it stays.
        expect(mermaid).toMatch(/axisFormat %b %Y|axisFormat %Y/);
    });
});

describe('the board and the views in Dutch', () => {
    it('words the slide for a board: its header, dates, legend and health in Dutch', () => {
        const board = renderSvg(trackedModel(), { locale: 'nl', view: 'board' });
        const words = texts(board);
        expect(words.some(word => /^Einde volgens prognose \d{1,2} [a-z]{3} \d{4}$/.test(word))).toBe(true);
        expect(words).toContain('Transformatieplan');
        expect(words).toContain('Gedaan werk');
        expect(words.some(word => /^\d+ te laat$/.test(word))).toBe(true);
        const english = texts(renderSvg(trackedModel(), { view: 'board' }));
        expect(english.some(word => /^Forecast end \d{1,2} [A-Z][a-z]{2} \d{4}$/.test(word))).toBe(true);
    });

    it('says what a filter kept in Dutch; the owners named as written', () => {
        const words = texts(renderSvg(noordstadModel(), { locale: 'nl', phases: ['foundation'] }));
        expect(words.some(word => word.includes('van 19 activiteiten (fase Digitaal fundament)'))).toBe(true);
        const owners = texts(renderSvg(noordstadModel(), { locale: 'nl', owners: ['Platform team'] }));
        expect(owners.some(word => word.includes('(eigenaar Platform team)'))).toBe(true);
    });
});

