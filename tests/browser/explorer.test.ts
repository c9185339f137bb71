/**
 * The explorer (examples/explorer) and a bundler-free module script, in Debian's
 * Chromium. Needs the built package (`npm run build`; `npm test` builds first):
 * the explorer bundles dist/esm, the module-script page loads dist/ as is.
 * Saves docs/explorer.png.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles, extractFigures, figures, quotes } from '../../src/index';
import { launchChromium, serveStatic, type StaticServer } from '../helpers/browser';

const root = resolve(import.meta.dirname, '../..');
const articleId = 'trade-with-china-mainly-settled';

// A page with no bundler: an import map names the package's dependencies, as
// README's "Browser, native module script" example says.
const moduleScriptPage = (entry: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>module script</title><link rel="icon" href="data:,">
<script type="importmap">${JSON.stringify({
  // Nothing but the entry: the main entry imports no other package (zod is in gt-corpus/schemas).
  imports: { 'gt-corpus': entry },
})}</script></head>
<body><pre id="out"></pre>
<script type="module">
  import { extractFigures } from 'gt-corpus';
  const found = extractFigures('Exports rose 5.2 percent to $1.2 billion in March, the ministry said.');
  document.getElementById('out').textContent = JSON.stringify(found.map((f) => ({ text: f.text, kind: f.kind, value: f.value, unit: f.unit })));
  document.body.dataset.ready = 'true';
</script></body></html>`;

describe('in Chromium', { timeout: 120_000 }, () => {
  let server: StaticServer;
  let browser: { context: BrowserContext; close(): Promise<void> };
  let outDir: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(root, 'dist/esm/index.js'))) throw new Error('dist/esm/index.js is missing: run `npm run build` first (npm test builds before it runs vitest)');
    outDir = mkdtempSync(join(tmpdir(), 'gt-corpus-explorer-'));
    await build({ configFile: join(root, 'examples/explorer/vite.config.ts'), build: { outDir, emptyOutDir: true }, logLevel: 'warn' });
    server = await serveStatic(
      { '/explorer/': outDir, '/dist/': join(root, 'dist'), '/node_modules/': join(root, 'node_modules') },
      { '/module-script/single.html': moduleScriptPage('/dist/index.js'), '/module-script/modules.html': moduleScriptPage('/dist/esm/index.js') },
    );
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${path}: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) pageErrors.push(`${path}: ${response.status()} ${response.url()}`);
    });
    await page.goto(`${server.url}${path}`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    return page;
  }

  for (const [name, path] of [
    ['the single-file build (dist/index.js)', '/module-script/single.html'],
    ['the one-file-per-module build (dist/esm/index.js)', '/module-script/modules.html'],
  ]) {
    it(`a plain <script type="module"> runs extractFigures from ${name} without a bundler`, async () => {
      const page = await open(path!);
      const shown = JSON.parse((await page.locator('#out').textContent()) ?? 'null');
      const expected = extractFigures('Exports rose 5.2 percent to $1.2 billion in March, the ministry said.').map((f) => ({ text: f.text, kind: f.kind, value: f.value, unit: f.unit }));
      expect(shown).toEqual(expected);
      expect(shown.map((f: { text: string }) => f.text)).toEqual(expect.arrayContaining(['5.2 percent', '$1.2 billion']));
      await page.close();
    });
  }

  it('the explorer lists the articles, filters quotes by speaker, highlights a figure and shows why articles link', async () => {
    const page = await open('/explorer/');
    await expect.poll(() => page.locator('#article-list button').count()).toBe(8);
    expect(await page.locator('#article-list button').allTextContents()).toEqual(articles.map((a) => expect.stringContaining(a.title)));

    await page.locator(`#article-list button[data-article-id="${articleId}"]`).click();
    await expect.poll(() => page.locator('#article-heading').textContent()).toBe(articles.find((a) => a.id === articleId)!.title);
    expect(await page.locator(`#article-list button[aria-current="true"]`).getAttribute('data-article-id')).toBe(articleId);

    // Quotes by the article's most quoted speaker.
    const all = quotes({ articleId });
    const counts = new Map<string, number>();
    for (const q of all) if (q.speaker) counts.set(q.speaker.name, (counts.get(q.speaker.name) ?? 0) + 1);
    const [speaker, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    await page.getByLabel('Speaker').selectOption(speaker);
    await expect.poll(() => page.locator('#quote-count').textContent()).toBe(`${count} of ${all.length} quotes`);
    const who = await page.locator('#quote-list .who').allTextContents();
    expect(who).toHaveLength(count);
    for (const line of who) expect(line).toContain(speaker);

    // Clicking a quote highlights exactly its text.
    const quote = all.find((q) => q.speaker?.name === speaker)!;
    await page.locator(`button[data-quote-id="${quote.id}"]`).click();
    expect(await page.locator('#paragraphs mark').allTextContents()).toEqual([quote.text]);

    // Clicking a figure highlights exactly the figure's text, in its paragraph.
    const figure = figures({ articleId, kind: 'money' })[0]!;
    await page.locator(`button[data-figure-id="${figure.id}"]`).click();
    const marks = page.locator('#paragraphs mark');
    await expect.poll(() => marks.count()).toBe(1);
    expect(await marks.textContent()).toBe(figure.text);
    expect(await marks.evaluate((mark) => mark.closest('p')?.dataset.paragraphId)).toBe(figure.paragraphId);
    expect(await page.locator('#highlight-status').textContent()).toContain(figure.text);

    // Sorting the figures by value puts the largest last.
    await page.locator('#figure-table button[data-sort="value"]').click();
    expect(await page.locator('#figure-table th[aria-sort="ascending"]').count()).toBe(1);

    // The link graph: one circle per article; a focused line explains itself.
    expect(await page.locator('#graph .node').count()).toBe(8);
    await page.locator('#graph .edge').first().focus();
    await expect.poll(() => page.locator('#edge-info li').count()).toBeGreaterThan(0);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(root, 'docs/explorer.png') });
    await page.close();
  });

  it('the explorer works from the keyboard: Tab reaches the articles and Enter opens one', async () => {
    const page = await open('/explorer/');
    // First Tab stop is the skip link, then the article buttons.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.articleId);
    expect(focused).toBe(articles[1]!.id);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#article-heading').textContent()).toBe(articles[1]!.title);
    await page.close();
  });

  it('no page logged an error', () => {
    expect(pageErrors).toEqual([]);
  });
});
