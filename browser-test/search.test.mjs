// The web page of `broadsheet serve`, as a person uses it, in Debian's headless Chromium (playwright-core).
// run.sh indexes the Zyte pages, the seed page (with its analysis when the analyze jar is there) and the hostile
// pages here, starts the server and runs this with BROADSHEET_URL set.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const BASE = process.env.BROADSHEET_URL || 'http://127.0.0.1:18080';
let browser;
let page;
const problems = [];

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('dialog', d => { problems.push('dialog: ' + d.message()); d.dismiss(); });
  page.on('pageerror', e => problems.push('page error: ' + e.message));
  page.on('console', m => { if (m.type() === 'error' && !/Content Security Policy|Failed to load resource/.test(m.text())) problems.push('console: ' + m.text()); });
});

after(async () => { await browser?.close(); });

async function pwned() {
  return page.evaluate(() => window.__pwned ?? null);
}

async function search(words) {
  await page.goto(BASE + '/');
  await page.fill('#q', words);
  await page.press('#q', 'Enter');
  await page.waitForFunction(q => document.querySelector('#results')?.dataset.q === q, words);
}

test('searching shows results with highlights and facets', async () => {
  await search('Russia');
  const summary = await page.textContent('#results .summary');
  assert.match(summary, /^\d+ articles/);
  assert.ok(Number(summary.split(' ')[0]) >= 3, summary);
  assert.ok(await page.locator('#results mark').count() > 0, 'matches are highlighted');
  assert.ok(await page.locator('aside [data-facet="publisher"] li').count() > 1, 'publisher facet');
  // a facet filter narrows the results and is shown as chosen
  await page.click('aside [data-facet="publisher"] li:first-child button');
  await page.waitForSelector('aside [data-facet="publisher"] button.on');
  const narrowed = await page.textContent('#results .summary');
  assert.ok(Number(narrowed.split(' ')[0]) < Number(summary.split(' ')[0]), narrowed);
  assert.match(page.url(), /publisher=/, 'the filter is in the address, so it can be linked');
});

test('an article shows its text, and its removed blocks with kind and reason on demand', async () => {
  await search('"Davis Cup"');
  await page.click('#results .hit h2 a');
  await page.waitForSelector('article.read h1');
  assert.ok((await page.locator('article.read .body p').count()) > 2);
  assert.equal(await page.isVisible('#removed'), false, 'removed blocks are hidden at first');
  await page.click('#toggle-removed');
  assert.equal(await page.isVisible('#removed'), true);
  const first = page.locator('#removed .removed').first();
  assert.ok((await first.locator('.kind').textContent()).length > 0, 'kind shown');
  assert.ok((await first.locator('.reason').textContent()).length > 0, 'reason shown');
  await page.click('#toggle-removed');
  assert.equal(await page.isVisible('#removed'), false, 'and hidden again');
});

test('the seed is marked compromised, its spam quarantined as text', async () => {
  await search('"China, Russia vow to further bolster ties"');
  const hit = page.locator('#results .hit').first();
  assert.match(await hit.textContent(), /compromised/);
  await hit.locator('h2 a').click();
  await page.waitForSelector('#compromised');
  assert.match(await page.textContent('#compromised'), /This page is compromised/);
  const spam = page.locator('#compromised pre.quarantine');
  assert.ok(await spam.count() > 0);
  assert.ok((await spam.first().textContent()).trim().length > 10, 'the spam is shown as text');
  assert.equal(await page.locator('#compromised a').count(), 0, 'the spam\'s links are not links');
  assert.doesNotMatch(await page.textContent('article.read .body'), /casino|viagra/i);
});

test('a person shows their statements and articles', async () => {
  await search('"China, Russia vow to further bolster ties"');
  await page.click('#results .hit h2 a');
  await page.waitForSelector('article.read h1');
  const link = page.locator('article.read a.person-link').first();
  const name = (await link.textContent()).trim();
  await link.click();
  await page.waitForSelector('section.person h1');
  assert.equal((await page.textContent('section.person h1')).trim(), name);
  const statements = await page.locator('.timeline li').count();
  const articles = await page.locator('section.person ul li a.article-link').count();
  assert.ok(statements + articles > 0, `${name}: ${statements} statements, ${articles} articles`);
  // links lead back to the sources
  await page.locator('section.person a.article-link').first().click();
  await page.waitForSelector('article.read h1');
});

test('hostile page text runs nothing: title, body, author, spam, links, removed blocks', async () => {
  await search('harbour strike');
  await page.waitForTimeout(200);
  assert.equal(await pwned(), null);
  const titles = await page.locator('#results .hit h2').allTextContents();
  assert.ok(titles.some(t => t.includes("<script>window.__pwned='title'</script>")), titles.join(' | '));
  await page.locator('#results .hit h2 a', { hasText: 'Harbour strike' }).first().click();
  await page.waitForSelector('article.read h1');
  await page.click('#toggle-removed');
  await page.waitForTimeout(200);
  assert.equal(await pwned(), null);
  assert.match(await page.textContent('article.read h1'), /<script>/, 'the markup is shown as text');
  assert.match(await page.textContent('article.read .body'), /onerror=/);
  if (await page.locator('#compromised').count()) {
    assert.match(await page.textContent('#compromised'), /<script>|onerror/);
  }
  assert.equal(await page.locator('article.read a[href^="javascript:"]').count(), 0, 'no javascript: link');
  assert.equal(await page.locator('img, svg image, script:not([src])').count(), 0, 'no element came from page text');

  // the JSON article carries payloads in its authors, publisher, section, spam, removed blocks and quotes
  await search('ferry fares');
  await page.locator('#results .hit h2 a').first().click();
  await page.waitForSelector('article.read h1');
  await page.click('#toggle-removed');
  await page.locator('article.read a.person-link').first().click();
  await page.waitForSelector('section.person h1');
  assert.match(await page.textContent('section.person h1'), /<script>|<img/);
  await page.goto(BASE + '/#/figures?q=ferry');
  await page.waitForSelector('section.figures table');
  await page.waitForTimeout(200);
  assert.equal(await pwned(), null);
  assert.equal(await page.locator('img, iframe, object, embed').count(), 0);
  assert.deepEqual(problems, []);
});

test('the server sends a strict Content-Security-Policy', async () => {
  const r = await page.request.get(BASE + '/');
  const csp = r.headers()['content-security-policy'];
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
});
