import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import autocannon from 'autocannon';

export type Load = { rps: number; p50ms: number; errors: number };

const WRK = '/usr/bin/wrk';
/**
 * Sent with every request: the portal counts reads from browsers only, so a
 * client without one (wrk's and autocannon's default) would skip the
 * counting that real readers' requests go through.
 */
const BROWSER_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

/**
 * Keep-alive GET load on `url` for `seconds` at `connections`. wrk (Debian's
 * package) when installed: a Node client saturates before nginx serving a
 * static file does; autocannon otherwise. Errors count non-2xx/3xx/404 and
 * socket errors.
 */
export async function load(url: string, connections: number, seconds: number): Promise<Load> {
  if (existsSync(WRK)) return wrk(url, connections, seconds);
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { 'user-agent': BROWSER_UA },
  });
  return {
    rps: result.requests.average,
    p50ms: result.latency.p50,
    errors: result.errors + result.timeouts + result['5xx'],
  };
}

async function wrk(url: string, connections: number, seconds: number): Promise<Load> {
  const threads = Math.min(2, connections);
  const args = [
    '-t',
    String(threads),
    '-c',
    String(connections),
    '-d',
    `${seconds}s`,
    '--latency',
    '-H',
    `User-Agent: ${BROWSER_UA}`,
    url,
  ];
  const { stdout } = await promisify(execFile)(WRK, args, { timeout: (seconds + 30) * 1000 });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1] ?? Number.NaN);
  const p50 = /^\s+50%\s+([\d.]+)(us|ms|s)$/m.exec(stdout);
  const unit = { us: 0.001, ms: 1, s: 1000 } as const;
  const p50ms = p50 ? Number(p50[1]) * unit[p50[2] as keyof typeof unit] : Number.NaN;
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(
    stdout,
  );
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(stdout)?.[1] ?? 0);
  const errors = (socket ? socket.slice(1).reduce((s, n) => s + Number(n), 0) : 0) + non2xx;
  return { rps, p50ms, errors };
}
