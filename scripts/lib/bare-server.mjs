// @ts-check
// The runtime's own limit for the bench (scripts/bench.ts): a bare
// node:http server sending, from memory, the bytes the portal's server sent
// for each page: its status, headers and body, saved in DIR as
// NAME.json ({ status, headers }) and NAME.body. GET /NAME answers them.
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const [dir = '', port = '0'] = process.argv.slice(2);
/** @type {Map<string, { status: number, headers: Record<string, string>, body: Buffer }>} */
const pages = new Map();
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const name = file.slice(0, -'.json'.length);
  const { status, headers } = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  pages.set(`/${name}`, { status, headers, body: readFileSync(path.join(dir, `${name}.body`)) });
}

http
  .createServer((req, res) => {
    const page = pages.get(req.url ?? '');
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(page.status, page.headers);
    res.end(page.body);
  })
  .listen(Number(port), '127.0.0.1', () => console.log(`[bare] listening on ${port}`));
