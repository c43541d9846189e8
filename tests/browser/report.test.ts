import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { analyze } from '../../src/analyzer';
import { renderHtml } from '../../src/report/html';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUTPUT = resolve(__dirname, '../../test-output');
// flags that work on a machine with no network: no background connections, no sandbox as root
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// An invented article: two named speakers, a parted quote, reported speech and a boilerplate line.
const ARTICLE = `Orchard town fights over a new cider press

Hallow Vale, 2 October

The orchard cooperative of Hallow Vale will buy a second cider press, its chair announced on Thursday.

"Half of our apples rot before we can press them," said cooperative chair Beatrix Llewellyn. "A second press pays for itself in two autumns."

Not everyone agrees. Farmer Casimir Oduya said the money should go to cold storage instead.

"A press is no use if the apples are already soft," Oduya told the Vale Gazette.

Sign up for our newsletter to get the Vale Gazette every morning.
`;

/** A computed style property of the first element of `locator` (the DOM's getComputedStyle, typed here without the DOM lib). */
type StyleWindow = { getComputedStyle(element: unknown): Record<string, string> };
const computed = (locator: Locator, property: string) => locator.first().evaluate((el, p) => (globalThis as unknown as StyleWindow).getComputedStyle(el)[p], property);

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`tests/browser skipped: no Chromium at ${CHROMIUM}. Install it with scripts/ensure-chromium.sh (apt-get install chromium) or set CHROMIUM_PATH.`);
}
const describeIfChromium = hasChromium ? describe : describe.skip;

describeIfChromium('HTML report in Chromium', () => {
  const analysis = analyze(ARTICLE);
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    const file = join(OUTPUT, 'report-sample.html');
    writeFileSync(file, renderHtml(ARTICLE, analysis));
    profile = mkdtempSync(join(tmpdir(), 'whosaid-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1200, height: 800 } });
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('highlights every quote, each piece with its own words', async () => {
    expect(analysis.quotes.length).toBeGreaterThan(0);
    for (const q of analysis.quotes) {
      const pieces = await page.locator(`.q[data-q="${q.id}"]`).allTextContents();
      const expected = (q.parts ?? [q]).map((p) => p.text).join('');
      expect(pieces.join('')).toBe(expected);
    }
  });

  it('colours a quote like its speaker in the legend, which lists every speaker with a count', async () => {
    const legend = page.locator('aside .speaker');
    const unattributed = analysis.quotes.some((q) => q.speakerId === null) ? 1 : 0;
    expect(await legend.count()).toBe(analysis.speakers.length + unattributed);
    for (const s of analysis.speakers) {
      const item = page.locator(`aside .speaker[data-speaker="${s.id}"]`);
      await expect(item.locator('.name').textContent()).resolves.toBe(s.name);
      const count = analysis.quotes.filter((q) => q.speakerId === s.id).length;
      await expect(item.locator('.count').textContent()).resolves.toBe(String(count));
      const direct = analysis.quotes.find((q) => q.speakerId === s.id && q.kind === 'direct');
      if (direct) {
        const quoteColour = await computed(page.locator(`.q[data-q="${direct.id}"]`), 'backgroundColor');
        const swatchColour = await computed(item.locator('.swatch'), 'backgroundColor');
        expect(quoteColour).toBe(swatchColour);
      }
    }
  });

  it('greys out boilerplate', async () => {
    if (analysis.article.boilerplate.length === 0) return;
    const colour = await computed(page.locator('article .bp'), 'color');
    expect(colour).toBe('rgb(153, 153, 153)');
  });

  it('opens a card with speaker, cue, rules and confidence when a quote is clicked, and closes it with Escape', async () => {
    const quote = analysis.quotes.find((q) => q.speaker !== null) ?? analysis.quotes[0]!;
    const card = page.locator('#card');
    await expect(card.isHidden()).resolves.toBe(true);
    await page.locator(`.q[data-q="${quote.id}"]`).first().click();
    await expect(card.isVisible()).resolves.toBe(true);
    const text = await card.innerText();
    expect(text).toContain(quote.speaker?.name ?? 'unattributed');
    if (quote.cue) expect(text).toContain(quote.cue.text);
    expect(text).toContain(`${Math.round(quote.confidence * 100)}%`);
    for (const rule of quote.rules) expect(text).toContain(rule);
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'report-sample.png'), fullPage: true });
    await page.keyboard.press('Escape');
    await expect(card.isHidden()).resolves.toBe(true);
  });

  it('dims other speakers\' quotes when a speaker is picked in the legend', async () => {
    const speaker = analysis.speakers[0];
    if (!speaker || analysis.quotes.every((q) => q.speakerId === speaker.id)) return;
    await page.locator(`aside .speaker[data-speaker="${speaker.id}"]`).click();
    const other = analysis.quotes.find((q) => q.speakerId !== speaker.id)!;
    const own = analysis.quotes.find((q) => q.speakerId === speaker.id)!;
    await expect(page.locator(`.q[data-q="${other.id}"]`).first().getAttribute('class')).resolves.toContain('dim');
    await expect(page.locator(`.q[data-q="${own.id}"]`).first().getAttribute('class')).resolves.not.toContain('dim');
    await page.locator(`aside .speaker[data-speaker="${speaker.id}"]`).click();
    await expect(page.locator('.q.dim').count()).resolves.toBe(0);
  });

  it('logs no console error and requests nothing but the page itself', () => {
    expect(problems).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  });
});
