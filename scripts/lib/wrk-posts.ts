import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

// Form POSTs at a fixed concurrency driven by wrk (Debian's package), for
// the speed figures: the load runs on the same cores as the server, and wrk
// costs a fraction of the CPU per request that a Node client does, so the
// latency measured is more the server's own. Each request is a different
// citizen: its own email and its own address (X-Forwarded-For), as in
// feedback-load.ts, so no limit refuses any of them.

export const WRK = '/usr/bin/wrk';
export const hasWrk = () => existsSync(WRK);

export type WrkPosts = {
  requests: number;
  /** Answers other than 2xx/3xx, and socket errors. */
  failed: number;
  rps: number;
  p50ms: number;
  p95ms: number;
};

/** The placeholder replaced, per request, by the request's own number. */
const N = '__N__';

const lua = (pathname: string, origin: string, body: string) => `
local counter = 0
local threads = {}
function setup(thread)
  thread:set("first", #threads * 10000000)
  table.insert(threads, thread)
end
function request()
  local n = first + counter
  counter = counter + 1
  local address = "10." .. math.floor(n / 65536) % 256 .. "." .. math.floor(n / 256) % 256 .. "." .. n % 256
  return wrk.format("POST", ${JSON.stringify(pathname)}, {
    ["Origin"] = ${JSON.stringify(origin)},
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["X-Forwarded-For"] = address,
  }, (${JSON.stringify(body)}):gsub("${N}", tostring(n)))
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %.1f %.1f\\n", summary.requests, summary.duration,
    e.status + e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(95)))
end
`;

/**
 * POSTs `fields(N)` (N replaced per request) to `base + pathname` from
 * `connections` kept-alive connections for `seconds`. The emails in `fields`
 * must contain the placeholder so every request is a different sender.
 */
export async function wrkPosts(o: {
  base: string;
  pathname: string;
  connections: number;
  seconds: number;
  fields: (n: string) => Record<string, string>;
}): Promise<WrkPosts> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wrk-posts-'));
  try {
    const script = path.join(dir, 'posts.lua');
    // URLSearchParams leaves "_" as is, so the placeholder survives encoding.
    const body = new URLSearchParams(o.fields(N)).toString();
    await writeFile(script, lua(o.pathname, o.base, body));
    const args = ['-t', '2', '-c', String(o.connections), '-d', `${o.seconds}s`, '-s', script];
    const { stdout } = await promisify(execFile)(WRK, [...args, `${o.base}${o.pathname}`], {
      timeout: (o.seconds + 30) * 1000,
    });
    const line = /^RESULT (\d+) (\d+) (\d+) ([\d.]+) ([\d.]+)$/m.exec(stdout);
    if (!line) throw new Error(`wrk: no result in\n${stdout}`);
    const [requests, micros, failed, p50, p95] = line.slice(1).map(Number) as number[];
    return {
      requests: requests ?? 0,
      failed: failed ?? 0,
      rps: ((requests ?? 0) * 1e6) / (micros ?? 1),
      p50ms: (p50 ?? 0) / 1000,
      p95ms: (p95 ?? 0) / 1000,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
