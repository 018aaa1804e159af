// Checks the DOM that headless Chromium rendered for Swagger UI against the OpenAPI document it loaded:
// every operation of the document is shown, under its tag. Usage: node check-swagger-ui.js <dom.html> <openapi.json>
const fs = require('fs');
const [domFile, specFile] = process.argv.slice(2);
const dom = fs.readFileSync(domFile, 'utf8');
const spec = JSON.parse(fs.readFileSync(specFile, 'utf8'));
const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

const expected = [];
for (const [path, item] of Object.entries(spec.paths)) {
  for (const method of methods) {
    if (item[method]) {
      expected.push(`${method.toUpperCase()} ${path}`);
    }
  }
}
const rendered = new Set();
const block = /<div class="opblock opblock-(\w+)[^"]*"[^>]*>[\s\S]*?data-path="([^"]+)"/g;
for (let m; (m = block.exec(dom)) !== null;) {
  rendered.add(`${m[1].toUpperCase()} ${m[2]}`);
}
const missing = expected.filter((operation) => !rendered.has(operation));
const tags = (spec.tags || []).map((tag) => tag.name).filter((name) => !dom.includes(`id="operations-tag-${name}"`));
console.log(`Swagger UI shows ${rendered.size} of ${expected.length} operations in ${(spec.tags || []).length} tags`);
if (dom.includes('Failed to load API definition')) {
  console.error('Swagger UI says it failed to load the API definition');
  process.exit(1);
}
if (expected.length === 0 || missing.length > 0 || tags.length > 0) {
  missing.forEach((operation) => console.error(`not shown: ${operation}`));
  tags.forEach((tag) => console.error(`tag not shown: ${tag}`));
  process.exit(1);
}
