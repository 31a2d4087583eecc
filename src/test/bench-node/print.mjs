// Prints HTML files to PDF in one warm headless Chromium, one after another, the way a user would
// script it with playwright-core: one browser, one page, page.goto(file) then page.pdf().
//
// Usage: node print.mjs LIST OUTDIR
//   LIST    a file with one absolute HTML path a line
//   OUTDIR  where the PDFs are written (outside the timed part)
// Environment: CHROMIUM (default /usr/bin/chromium). Nothing is downloaded: the browser is Debian's,
// and every request that is not a file: URL is aborted.
//
// Prints one JSON line: {"browser": version, "launchMs": ..., "warmupMs": ..., "docs": [ms, ...],
// "blocked": n, "failed": n}. Each document's time runs from page.goto() to the PDF bytes in memory.
// Exit 0 when every document was printed, 1 when one failed, 2 when the browser cannot be started.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';

const [list, outDir] = process.argv.slice(2);
if (!list || !outDir) {
  console.error('usage: node print.mjs LIST OUTDIR');
  process.exit(2);
}
const files = readFileSync(list, 'utf8').split('\n').filter((l) => l.trim() !== '');
mkdirSync(outDir, { recursive: true });

const launchStart = performance.now();
let browser;
try {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
    timeout: 60_000,
  });
} catch (e) {
  console.error(`cannot start Chromium: ${e.message.split('\n')[0]}`);
  process.exit(2);
}
const context = await browser.newContext({ offline: true });
let blocked = 0;
await context.route('**/*', (route) => {
  if (route.request().url().startsWith('file:')) {
    return route.continue();
  }
  blocked += 1;
  return route.abort();
});
const page = await context.newPage();
const launchMs = performance.now() - launchStart;

async function print(file) {
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 60_000 });
  return page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
}

// One untimed document first, so that the timed ones meet a warm browser.
const warmStart = performance.now();
await print(files[0]);
const warmupMs = performance.now() - warmStart;

const docs = [];
let failed = 0;
for (const file of files) {
  try {
    const start = performance.now();
    const pdf = await print(file);
    docs.push(performance.now() - start);
    const lang = basename(dirname(file));
    writeFileSync(join(outDir, `${lang}-${basename(file, '.html')}.pdf`), pdf);
  } catch (e) {
    failed += 1;
    console.error(`${file}: ${e.message.split('\n')[0]}`);
  }
}
const version = browser.version();
await browser.close();
console.log(JSON.stringify({ browser: version, launchMs, warmupMs, docs, blocked, failed }));
process.exit(failed === 0 ? 0 : 1);
