// `npm run bench [-- --seconds N]`: article, home, category and plan pages,
// side by side in one run: the portal's server alone (scripts/serve.mjs:
// Next's handler behind the page memo), through nginx with
// deploy/nginx.conf (1 s micro-cache), nginx serving a saved static copy
// of the same page (the physical limit here), and a bare node:http server
// sending from memory the very bytes the portal's server sent (the
// runtime's own limit: what a memo hit could cost at best). req/s at c=32, p50 at c=1,
// the server's CPU time per request at c=32, page weight, client
// JavaScript, memory (PSS). Uses DATABASE_URL when set,
// else the embedded database; REDIS_URL when set (a key prefix of its own).
// Loopback traffic only; each run lasts --seconds (default 3).
import { spawn } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { freePort } from '../lib/db/embedded';
import { env } from '../lib/env';
import { ensureBuild } from './lib/build';
import { prepareDatabase } from './lib/database';
import { type Load, load } from './lib/load';
import { startNext, waitForHttp } from './lib/next-server';
import { scratchDir, startNginx } from './lib/nginx';
import { clientJsGzip, gzipBytes, staticCopy } from './lib/page-weight';
import { childPostmaster, pssOf, samplePeak, treeCpuMs, treePss } from './lib/pss';
import { authSecret } from './lib/secret';
import { runSeed } from './lib/seed';

const PAGES = {
  article: '/tin-tuc/bo-ke-hoach-va-dau-tu-day-manh-truyen-thong-chinh-sach-tren-nen-tang-so',
  home: '/',
  category: '/chuyen-muc/truyen-thong-chinh-sach',
  plan: '/ke-hoach-truyen-thong/2023',
} as const;
type PageName = keyof typeof PAGES;

const { values: args } = parseArgs({
  options: { seconds: { type: 'string', default: '3' }, rounds: { type: 'string', default: '2' } },
});
const SECONDS = Math.max(1, Number(args.seconds));
/**
 * Each target is measured once per round, the three in turn, and keeps its
 * best figures: a burst from another job on a shared machine lowers one
 * round of one target, not the ratios.
 */
const ROUNDS = Math.max(1, Number(args.rounds));
const log = (line: string) => console.log(`[bench] ${line}`);
const MiB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const KB = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const us = (ms: number | undefined) => ((ms ?? 0) * 1000).toFixed(1);

async function main() {
  const config = env();
  const database = await prepareDatabase({ url: config.DATABASE_URL, dataDir: null, log });
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: authSecret(config.AUTH_SECRET),
    AUTH_TRUST_HOST: 'true',
    NODE_ENV: 'production',
    REDIS_KEY_PREFIX: `portal-bench-${process.pid}:`,
  };
  await runSeed(childEnv, log);
  await ensureBuild(childEnv, log);
  const ports = [await freePort(), await freePort(), await freePort(), await freePort()];
  const [nextPort, nginxPort, staticPort, barePort] = ports as [number, number, number, number];
  const server = startNext({ port: nextPort, env: childEnv, quiet: true });
  const staticDir = scratchDir('portal-bench-static-');
  chmodSync(staticDir, 0o755); // nginx's workers run as nobody
  let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;
  let bare: ReturnType<typeof spawn> | undefined;
  try {
    const next = `http://127.0.0.1:${nextPort}`;
    await waitForHttp(`${next}/api/health`, 120_000);
    const weights: Record<string, string>[] = [];
    for (const [name, route] of Object.entries(PAGES)) {
      const response = await fetch(`${next}${route}`);
      if (response.status !== 200) {
        throw new Error(`${route} answered ${response.status}: bench a freshly seeded database`);
      }
      const html = await response.text();
      await saveAnswer(`${next}${route}`, staticDir, name);
      const copy = staticCopy(html);
      writeFileSync(path.join(staticDir, `${name}.html`), copy, { mode: 0o644 });
      const [page, flat] = [gzipBytes(html), gzipBytes(copy)];
      weights.push({
        page: name,
        'HTML gzip': KB(page),
        'static copy gzip': KB(flat),
        ratio: `${(page / flat).toFixed(2)}×`,
        'client JS gzip': KB(await clientJsGzip(html, next)),
        'with nomodule polyfills': KB(await clientJsGzip(html, next, true)),
      });
    }
    nginx = await startNginx({
      port: nginxPort,
      upstreams: [nextPort],
      // The static copy gets the open-file cache the micro-cache has: the limit is a tuned server.
      extraServers: `server { listen 127.0.0.1:${staticPort}; root ${staticDir}; default_type text/html; gzip off; open_file_cache max=1000 inactive=10s; open_file_cache_valid 1s; }`,
    });
    bare = spawn(process.execPath, ['scripts/lib/bare-server.mjs', staticDir, String(barePort)], {
      stdio: 'ignore',
    });
    await waitForHttp(`http://127.0.0.1:${barePort}/home`);
    const serverPid = server.child.pid ?? 0;
    const idle = treePss(serverPid);
    const peak = samplePeak(() => treePss(serverPid));
    const rows = [];
    for (const [name, route] of Object.entries(PAGES) as [PageName, string][]) {
      rows.push(
        await measure(
          name,
          { server: serverPid, nginx: nginx.child.pid ?? 0, bare: bare.pid ?? 0 },
          {
            next: `${next}${route}`,
            nginx: `http://127.0.0.1:${nginxPort}${route}`,
            static: `http://127.0.0.1:${staticPort}/${name}.html`,
            bare: `http://127.0.0.1:${barePort}/${name}`,
          },
        ),
      );
    }
    const peakPss = peak.stop();
    log(
      `${SECONDS} s per run, best of ${ROUNDS} rounds; load average at the end ${loadavg()[0]?.toFixed(1)}; ${process.env.REDIS_URL ? 'Redis cache' : 'in-memory cache'}`,
    );
    console.table(rows);
    console.table(weights);
    // An embedded PostgreSQL is a child of this process: its postmaster and
    // the backends under it. PGlite runs inside this process instead.
    const postmaster = childPostmaster(process.pid);
    console.table([
      {
        'server PSS idle': MiB(idle),
        'server PSS peak (c=32)': MiB(peakPss),
        'database PSS': database.embedded
          ? postmaster
            ? MiB(treePss(postmaster))
            : `in-process: bench process ${MiB(pssOf(process.pid))}`
          : 'external',
      },
    ]);
  } finally {
    bare?.kill();
    await nginx?.stop();
    rmSync(staticDir, { recursive: true, force: true });
    await server.stopAndWait();
    await database.embedded?.stop();
  }
}

/**
 * Saves the status, headers and body the server sends a client that asks
 * for no compression, as wrk does, for the bare server to send the same.
 */
async function saveAnswer(url: string, dir: string, name: string): Promise<void> {
  const answer = await new Promise<{
    status: number;
    headers: Record<string, string>;
    body: Buffer;
  }>((resolve, reject) => {
    http
      .get(url, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [key, value] of Object.entries(res.headers)) {
            if (typeof value === 'string' && !['date', 'connection', 'keep-alive'].includes(key))
              headers[key] = value;
          }
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
        });
      })
      .on('error', reject);
  });
  const { status, headers, body } = answer;
  writeFileSync(path.join(dir, `${name}.json`), JSON.stringify({ status, headers }));
  writeFileSync(path.join(dir, `${name}.body`), body);
}

type Target = 'next' | 'nginx' | 'static' | 'bare';

async function measure(
  name: PageName,
  pids: { server: number; nginx: number; bare: number },
  urls: Record<Target, string>,
) {
  const result: Record<string, Load> = {};
  // CPU time per request at c=32, best round: of the server for 'next', of
  // nginx (the micro-cache hit, or the static file) for the other two.
  const cpu: Record<string, number> = {};
  for (const url of Object.values(urls)) await load(url, 8, 1); // caches filled, connections open
  for (let round = 0; round < ROUNDS; round++) {
    for (const [target, url] of Object.entries(urls)) {
      const pid = target === 'next' ? pids.server : target === 'bare' ? pids.bare : pids.nginx;
      const cpuBefore = treeCpuMs(pid);
      const c32 = await load(url, 32, SECONDS);
      const perRequest = (treeCpuMs(pid) - cpuBefore) / (c32.rps * SECONDS);
      cpu[target] = Math.min(cpu[target] ?? Number.POSITIVE_INFINITY, perRequest);
      const c1 = await load(url, 1, SECONDS);
      const best = result[target];
      result[target] = {
        rps: Math.max(best?.rps ?? 0, c32.rps),
        p50ms: Math.min(best?.p50ms ?? Number.POSITIVE_INFINITY, c1.p50ms),
        errors: (best?.errors ?? 0) + c32.errors + c1.errors,
      };
    }
  }
  const { next, nginx, static: flat, bare } = result as Record<Target, Load>;
  return {
    page: name,
    'server req/s c32': Math.round(next.rps),
    'bare node req/s c32': Math.round(bare.rps),
    'nginx req/s c32': Math.round(nginx.rps),
    'static req/s c32': Math.round(flat.rps),
    'server/bare': `${(next.rps / bare.rps).toFixed(2)}×`,
    'bare/static': `${(bare.rps / flat.rps).toFixed(2)}×`,
    'nginx/static': `${(nginx.rps / flat.rps).toFixed(2)}×`,
    'server CPU µs/req': us(cpu.next),
    'bare CPU µs/req': us(cpu.bare),
    'nginx CPU µs/req cached / static': `${us(cpu.nginx)} / ${us(cpu.static)}`,
    'p50 c1 server ms': next.p50ms.toFixed(3),
    'p50 c1 bare ms': bare.p50ms.toFixed(3),
    'p50 c1 nginx ms': nginx.p50ms.toFixed(3),
    'p50 c1 static ms': flat.p50ms.toFixed(3),
    errors: next.errors + nginx.errors + flat.errors + bare.errors,
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
