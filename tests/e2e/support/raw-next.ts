import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type NextServer, startNext, waitForHttp } from '../../../scripts/lib/next-server';
import { databaseUrl } from './db';

// The same production build and database as the harness's server, served
// with no page memo (PAGE_MEMO=off): Next's answers as Next makes them.

export type Raw = { server: NextServer; url: string };

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** `extraEnv`: more settings of that server, e.g. FORM_POSTS=off. */
export async function startRawNext(extraEnv: Record<string, string> = {}): Promise<Raw> {
  const port = await freePort();
  const server = startNext({
    port,
    quiet: true,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl(),
      MEDIA_DIR: mkdtempSync(path.join(tmpdir(), 'portal-contract-media-')),
      AUTH_SECRET: 'contract-test-secret-of-at-least-32-characters',
      AUTH_TRUST_HOST: 'true',
      NODE_ENV: 'production',
      PAGE_MEMO: 'off',
      ...extraEnv,
    },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/api/health`, 90_000);
  return { server, url };
}

export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One request over node:http: headers sent exactly as given, nothing decoded but gzip. */
export function request(
  url: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: body.toString() });
      });
    });
    req.on('error', reject);
    req.end();
  });
}
