// Checks generated pages in headless Chromium (Debian's /usr/bin/chromium, or $CHROMIUM):
//   - axe-core, WCAG 2.0/2.1/2.2 A and AA plus best practice: no violations;
//   - no request leaves the page: anything but the page's own file: URL is aborted and reported;
//   - readable on a phone: at a 390 px wide viewport nothing scrolls sideways.
//
// Usage: node axe.mjs FILE.html...   Exit 0 when every page passes, 1 when one does not (or
// cannot be opened), 2 when the browser cannot be started.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node axe.mjs FILE.html...');
  process.exit(2);
}

let browser;
try {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    timeout: 60_000,
  });
} catch (e) {
  console.error(`cannot start Chromium: ${e.message.split('\n')[0]}`);
  process.exit(2);
}

/** Everything wrong with one page, as lines of text. */
async function check(context, file) {
  const url = pathToFileURL(resolve(file)).href;
  const outside = [];
  const page = await context.newPage();
  // The page may load only itself; everything else (fonts, images, scripts, links followed) is refused.
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u === url) {
      return route.continue();
    }
    outside.push(u);
    return route.abort();
  });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  } catch (e) {
    await page.close();
    return [`cannot open: ${e.message.split('\n')[0]}`];
  }
  const findings = outside.map((u) => `request: the page asked for ${u}`);
  await page.addScriptTag({ content: axeSource });
  for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    await page.setViewportSize(viewport);
    const result = await page.evaluate((tags) => window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    }), TAGS);
    for (const v of result.violations) {
      const where = v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ');
      findings.push(`axe ${v.id} (${v.impact}, ${name}): ${v.help}; ${v.nodes.length} element(s): ${where}`);
    }
  }
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) {
      return null;
    }
    const wide = [...document.body.querySelectorAll('*')]
      .filter((e) => e.getBoundingClientRect().right > width + 0.5)
      .filter((e) => !e.parentElement || e.parentElement.getBoundingClientRect().right <= width + 0.5)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} "${(e.textContent || '').trim().slice(0, 40)}"`);
    return `${document.documentElement.scrollWidth} px wide at ${width} px: ${wide.join(', ')}`;
  });
  if (overflow) {
    findings.push(`phone: the page scrolls sideways, ${overflow}`);
  }
  await page.close();
  return findings;
}

// Two pages at a time (CI has two cores); the report keeps the order of the arguments.
const results = new Array(files.length);
let problems = 0;
try {
  const context = await browser.newContext({ offline: true, viewport: DESKTOP });
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      results[i] = await check(context, files[i]);
    }
  };
  await Promise.all([worker(), worker()]);
} finally {
  await browser.close();
}
for (let i = 0; i < files.length; i++) {
  for (const f of results[i]) {
    console.log(`${files[i]}: ${f}`);
  }
  problems += results[i].length;
}
console.log(`${files.length} page(s) checked, ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
