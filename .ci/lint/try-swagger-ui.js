// An analyst's first click in Swagger UI, in headless Chromium: open "Search articles", press "Try it out", type a
// query, press "Execute", and see the hits. Fails when the search sends anything the analyst did not type (an
// optional filter filled in from an example) or finds nothing.
// Usage: node try-swagger-ui.js <base url> <query> <expected title>
const { chromium } = require('playwright-core');

async function main() {
  const [base, query, expected] = process.argv.slice(2);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    const sent = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/search')) sent.push(request.url());
    });
    await page.goto(`${base}/swagger-ui/index.html`, { waitUntil: 'networkidle' });
    const operation = page.locator('#operations-Search-searchArticles');
    await operation.locator('.opblock-summary').first().click();
    await operation.getByRole('button', { name: 'Try it out' }).click();
    await operation.locator('tr[data-param-name="q"] input').fill(query);
    await operation.getByRole('button', { name: 'Execute' }).click();
    const status = operation.locator('.live-responses-table tbody .response-col_status').first();
    await status.waitFor({ timeout: 20000 });
    const code = (await status.innerText()).trim();
    const body = await operation.locator('.live-responses-table tbody .response-col_description pre').first().innerText();
    const asked = new URL(sent[sent.length - 1]);
    const params = [...asked.searchParams.keys()].filter((name) => asked.searchParams.get(name) !== '');
    console.log(`Swagger UI sent ${asked.pathname}${asked.search} and got ${code}`);
    if (code !== '200') throw new Error(`the search answered ${code}: ${body.slice(0, 300)}`);
    if (params.some((name) => !['q', 'page', 'size'].includes(name))) {
      throw new Error(`Swagger UI sent parameters the analyst did not fill in: ${params.join(', ')}`);
    }
    const answer = JSON.parse(body);
    if (!(answer.totalItems >= 1) || !answer.items.some((hit) => hit.title === expected)) {
      throw new Error(`the search for "${query}" did not find "${expected}": ${body.slice(0, 300)}`);
    }
    console.log(`Swagger UI: "${query}" found ${answer.totalItems} article(s), "${expected}" among them`);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
