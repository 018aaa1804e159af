// Saves what a URL answers to a file, byte for byte; fails on a non-2xx status. Usage: node fetch.js <url> <file>
const [url, file] = process.argv.slice(2);
fetch(url).then(async (response) => {
  if (!response.ok) {
    throw new Error(`${url} answered ${response.status}`);
  }
  require('fs').writeFileSync(file, Buffer.from(await response.arrayBuffer()));
}).catch((error) => {
  console.error(error.message);
  process.exit(1);
});
