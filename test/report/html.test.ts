import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.ts';
import { formatHtml } from '../../src/report/html.ts';
import { loadReport, TODO_API } from './helpers.ts';

const TMP = fileURLToPath(new URL('../.tmp/', import.meta.url));
const SCREENSHOT_FOR_README = fileURLToPath(new URL('../../docs/img/html-report.png', import.meta.url));

let browser: Browser;
beforeAll(async () => {
  mkdirSync(TMP, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // without the background-networking flags Chromium tries to reach Google services
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  errors: string[];
  requests: string[];
}

/** Writes the report as a file and opens it the way a person would: from disk, by file:// URL. */
async function open(name: string, report: Report, root?: string): Promise<Opened> {
  const file = `${TMP}${name}.html`;
  writeFileSync(file, formatHtml(report, { color: false, ...(root ? { root } : {}) }));
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, errors, requests };
}

const visibleFindings = (page: Page) => page.locator('article.finding:visible').count();

describe('html reporter in Chromium', () => {
  it('renders the static report without errors or network requests, and filters', async () => {
    const { page, errors, requests } = await open('static', loadReport('static'), TODO_API);
    expect(await page.title()).toBe('vas report: test/fixtures/reports/todo-api');
    expect(await page.locator('.card.sev-critical b').textContent()).toBe('3');
    expect(await page.locator('#categories tbody tr').count()).toBe(7);
    expect(await page.locator('#endpoints tbody tr').count()).toBe(6);
    const admin = page.locator('#endpoints tr[data-endpoint="GET /api/admin/users"]');
    expect(await admin.locator('td').allTextContents()).toEqual([
      'GET',
      '/api/admin/users',
      'none',
      'none',
      'none',
      '1',
    ]);
    expect(await admin.locator('.auth-none').count()).toBe(1);
    expect(await page.locator('#endpoints tr[data-endpoint="GET /health"] .auth-public').count()).toBe(1);
    const list = page.locator('#endpoints tr[data-endpoint="GET /api/todos"] td');
    expect(await list.nth(2).textContent()).toBe('required (requireAuth)');
    expect(await list.nth(3).textContent()).toBe('query: zod');
    expect(await visibleFindings(page)).toBe(9);

    // every static finding shows its code with the flagged line marked, the why and the fix
    const bola = page.locator('article.finding', { hasText: 'GET /api/todos/{id} returns a todo' });
    expect(await bola.locator('.code .flag').textContent()).toContain('prisma.todo.findUnique');
    expect(await bola.locator('ol li').count()).toBe(2);
    expect(await bola.locator('pre.example').textContent()).toContain('findFirst');

    await page.selectOption('#f-severity', 'critical');
    expect(await visibleFindings(page)).toBe(3);
    await page.selectOption('#f-category', 'bola');
    expect(await visibleFindings(page)).toBe(2);
    expect(await page.locator('#f-count').textContent()).toBe('2 of 9 findings shown');
    await page.selectOption('#f-endpoint', 'PATCH /api/todos/{id}');
    expect(await visibleFindings(page)).toBe(1);
    expect(await page.locator('#endpoints tbody tr:visible').count()).toBe(1);
    await page.selectOption('#f-severity', 'low');
    expect(await visibleFindings(page)).toBe(0);
    expect(await page.locator('#f-none').isVisible()).toBe(true);

    // reset, then filter from the summary: a severity card and a category link
    for (const id of ['#f-severity', '#f-category', '#f-endpoint']) await page.selectOption(id, '');
    expect(await visibleFindings(page)).toBe(9);
    await page.click('.card.sev-high');
    expect(await page.inputValue('#f-severity')).toBe('high');
    expect(await visibleFindings(page)).toBe(3);
    await page.selectOption('#f-severity', '');
    await page.click('#endpoints button[data-value="PATCH /api/todos/{id}"]');
    expect(await visibleFindings(page)).toBe(2);

    await page.selectOption('#f-endpoint', '');
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: `${TMP}html-report.png`, fullPage: false });
    if (process.env.VAS_WRITE_SCREENSHOT) await page.screenshot({ path: SCREENSHOT_FOR_README, fullPage: false });

    expect(errors).toEqual([]);
    expect(requests.every((u) => u.startsWith('file://'))).toBe(true);
    expect(requests).toHaveLength(1);
    await page.close();
  });

  it('shows dynamic evidence and the curl repro', async () => {
    const { page, errors } = await open('dynamic', loadReport('dynamic'));
    const bola = page.locator('article.finding[data-category="bola"]');
    expect(await bola.locator('details summary').textContent()).toBe('Evidence (2 requests)');
    expect(await bola.locator('pre.curl').nth(1).textContent()).toBe(
      "curl 'http://127.0.0.1:3000/api/todos/41' -H 'authorization: Bearer $USER_B_TOKEN'",
    );
    expect(await bola.locator('pre.response').nth(1).textContent()).toContain('HTTP 200');
    expect(await page.locator('#endpoints tbody tr').first().locator('td').nth(3).textContent()).toBe('—');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows attacker-controlled strings as text and runs none of them', async () => {
    const report = loadReport('hostile');
    const { page, errors, requests } = await open('hostile', report);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.locator('img, svg, iframe, article b, td b').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    const message = await page.locator('article.finding h3').first().textContent();
    expect(message).toContain('<img src=x onerror="window.__pwned=1">');
    expect(message).toContain('</script><script>window.__pwned=2</script>');
    expect(await page.locator('pre.response').textContent()).toContain('<html></script><script>');
    // the filter still matches values full of quotes and brackets
    await page.selectOption(
      '#f-endpoint',
      report.findings[1]!.endpoint!.method + ' ' + report.findings[1]!.endpoint!.path,
    );
    expect(await visibleFindings(page)).toBe(1);
    expect(errors).toEqual([]);
    expect(requests).toHaveLength(1);
    await page.close();
  });
});
