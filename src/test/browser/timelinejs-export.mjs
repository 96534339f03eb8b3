// Renders factline's TimelineJS export with Knight Lab TimelineJS in headless Chromium and checks
// that the slides appear and that no text from the data ran as script.
//
// Input: target/browser/timelinejs-export.json, written by ExportResourceTest during `./mvnw verify`.
// Run:   cd src/test/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci && node timelinejs-export.mjs
// Env:   CHROMIUM (default /usr/bin/chromium), EXPORT_JSON (path of the export to render).
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const exportPath = process.env.EXPORT_JSON ?? resolve(here, '../../../target/browser/timelinejs-export.json');
const dist = resolve(here, 'node_modules/@knight-lab/timelinejs/dist');
const data = JSON.parse(readFileSync(exportPath, 'utf8'));

function fail(message) {
  console.error(`timelinejs-export: FAIL ${message}`);
  process.exitCode = 1;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Nothing leaves the machine: TimelineJS may ask for fonts or media; answer them empty.
  await page.route(/^https?:/, (route) => route.fulfill({ status: 204, body: '' }));
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head>'
    + '<body><div id="timeline-embed" style="width: 100%; height: 600px"></div></body></html>');
  await page.addStyleTag({ path: resolve(dist, 'css/timeline.css') });
  await page.addScriptTag({ path: resolve(dist, 'js/timeline.js') });
  await page.evaluate((json) => {
    window.timeline = new TL.Timeline('timeline-embed', json, { hash_bookmark: false });
  }, data);

  // One slide per event plus the title slide.
  const expected = data.events.length + (data.title ? 1 : 0);
  await page.waitForFunction((n) => document.querySelectorAll('.tl-slide').length >= n, expected,
    { timeout: 30000 });
  const slides = await page.locator('.tl-slide').count();
  if (slides !== expected) {
    fail(`expected ${expected} slides, saw ${slides}`);
  }
  const headlines = await page.locator('.tl-slide .tl-headline').allTextContents();
  for (const event of data.events) {
    // The export escapes HTML; the browser shows the original text.
    const shown = await page.evaluate((html) => {
      const d = document.createElement('div');
      d.innerHTML = html;
      return d.textContent;
    }, event.text.headline);
    if (!headlines.some((h) => h.includes(shown.trim()))) {
      fail(`no slide shows the headline ${JSON.stringify(shown)}; headlines: ${JSON.stringify(headlines)}`);
    }
  }
  const markers = await page.locator('.tl-timemarker').count();
  if (markers !== data.events.length) {
    fail(`expected ${data.events.length} time markers, saw ${markers}`);
  }
  const pwned = await page.evaluate(() => window.__pwned);
  if (pwned !== undefined) {
    fail(`text from the data ran as script (window.__pwned = ${pwned})`);
  }
  const injected = await page.locator('.tl-slide script, .tl-slide img[onerror]').count();
  if (injected !== 0) {
    fail(`${injected} script or onerror elements came from the data`);
  }
  if (errors.length > 0) {
    fail(`page errors: ${errors.join('; ')}`);
  }
  if (!process.exitCode) {
    console.log(`timelinejs-export: OK ${slides} slides, ${markers} markers, no script from the data ran`);
  }
} finally {
  await browser.close();
}
