import { renderCsv } from '../../src/report/csv';
import { renderHtml } from '../../src/report/html';
import { renderIndexHtml } from '../../src/report/index-page';
import { segmentText } from '../../src/report/segments';
import { renderTable } from '../../src/report/table';
import { AnalysisSchema, type Analysis } from '../../src/schema/result';

// A hand-made analysis of an invented text, so these tests do not depend on the analyzer's rules.
const TEXT = 'Tiles & <tricks>\n\n"Never trust a <script>, or a comma," warned Odile "Ode" Marchetti.\n\nShare this story';
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });
const quoteSpan = at('Never trust a <script>, or a comma,');
const mention = { ...at('Odile "Ode" Marchetti'), type: 'name' as const, rule: 'person-name' };
const analysis: Analysis = AnalysisSchema.parse({
  quotes: [{
    id: 'q1', kind: 'direct', ...quoteSpan, cue: { ...at('warned'), lemma: 'warn', rule: 'reporting-verb' }, mention,
    speakerId: 's1', speaker: { name: 'Odile Marchetti', role: 'stage <magician>' }, speakerReason: null, addressee: null,
    confidence: 0.9, rules: ['double-quotes', 'trailing-attribution'],
  }],
  speakers: [{ id: 's1', type: 'person', name: 'Odile Marchetti', role: 'stage <magician>', affiliation: null, aliases: ['Odile Marchetti'], mentions: [mention], rules: ['new-person'] }],
  article: {
    title: at('Tiles & <tricks>'), publisher: null, date: null, country: null, headings: [],
    paragraphs: [], boilerplate: [{ start: at('Share this story').start, end: TEXT.length, rule: 'boilerplate-line' }], sentences: [],
  },
  discarded: [{ ...at('Ode'), what: 'quote', rule: 'unattributed-fragment', reason: 'a nickname' }],
});

describe('segmentText', () => {
  it('cuts nested and overlapping marks into flat segments', () => {
    const segs = segmentText(10, [
      { start: 2, end: 8, kind: 'quote', owner: 0 },
      { start: 4, end: 6, kind: 'quote', owner: 1 },
      { start: 7, end: 12, kind: 'cue', owner: 0 },
      { start: 5, end: 5, kind: 'mention', owner: 0 },
    ]);
    expect(segs.map((s) => [s.start, s.end, s.marks.map((m) => `${m.kind}${m.owner}`)])).toEqual([
      [0, 2, []], [2, 4, ['quote0']], [4, 6, ['quote0', 'quote1']], [6, 7, ['quote0']], [7, 8, ['quote0', 'cue0']], [8, 10, ['cue0']],
    ]);
  });
});

describe('renderHtml', () => {
  const html = renderHtml(TEXT, analysis);

  it('escapes the article, names and roles', () => {
    expect(html).not.toContain('<script>,');
    expect(html).not.toContain('<tricks>');
    expect(html).not.toContain('<magician>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<title>Tiles &amp; &lt;tricks&gt;</title>');
  });

  it('keeps the card data inside its script element', () => {
    const data = html.slice(html.indexOf('id="whosaid-data">'), html.indexOf('</script>'));
    expect(data).not.toContain('<');
    const json = data.slice(data.indexOf('>') + 1);
    expect(JSON.parse(json)).toMatchObject({ quotes: [{ id: 'q1', speaker: 'Odile Marchetti', role: 'stage <magician>', cue: 'warned (warn)' }] });
  });

  it('highlights the quote, underlines cue and mention, greys boilerplate, and lists the speaker', () => {
    expect(html).toContain('<span class="q k-direct sp-0" data-q="q1" tabindex="0">Never trust a &lt;script&gt;, or a comma,</span>');
    expect(html).toContain('<span class="cue sp-0" data-q="q1">warned</span>');
    expect(html).toMatch(/<span class="men sp-0" data-q="q1">Odile &quot;Ode&quot; Marchetti<\/span>/);
    expect(html).toContain('<span class="bp">Share this story</span>');
    expect(html).toMatch(/<li class="speaker sp-0" data-speaker="s1"[^>]*>.*Odile Marchetti.*stage &lt;magician&gt;.*<span class="count"[^>]*>1<\/span><\/li>/);
    expect(html).toContain('Set aside (1)');
  });

  it('loads nothing from the network', () => {
    expect(html).not.toMatch(/\b(src|href)=/);
    expect(html).toContain("default-src 'none'");
  });
});

describe('table and CSV', () => {
  it('shortens long cells to the width', () => {
    const table = renderTable(analysis, { width: 60 });
    const lines = table.split('\n');
    expect(lines[2]).toBe('1  direct  Odile Mar…  stage <mag…  warned  Never trust a <…');
    expect(renderTable(analysis, { width: 120 }).split('\n')[2]).toBe('1  direct  Odile Marchetti  stage <magician>  warned  Never trust a <script>, or a comma,');
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(60);
    expect(table).toContain('1 quote, 1 speaker');
  });

  it('quotes CSV fields with commas and quote marks', () => {
    const rows = renderCsv(analysis).split('\r\n');
    expect(rows[1]).toBe(`q1,direct,Odile Marchetti,stage <magician>,s1,warned,"Odile ""Ode"" Marchetti",0.9,${quoteSpan.start},${quoteSpan.end},"Never trust a <script>, or a comma,"`);
  });
});

describe('renderIndexHtml', () => {
  it('links each page and shows failures', () => {
    const html = renderIndexHtml([
      { id: 'a<1>', href: '0001-a-1.html', quotes: 3, speakers: ['Ann', 'Bo'], error: null },
      { id: 'line 2', href: null, quotes: 0, speakers: [], error: 'line 2: not valid JSON' },
    ]);
    expect(html).toContain('<a href="0001-a-1.html">a&lt;1&gt;</a>');
    expect(html).toContain('2 articles, 3 quotes, 1 failed');
    expect(html).toContain('<span class="err">line 2: not valid JSON</span>');
  });
});
