import { type ChildProcess, spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The documented configuration (deploy/nginx.conf) every harness runs. */
export const DEPLOY_CONFIG = 'deploy/nginx.conf';

export type NginxOptions = {
  /** Port nginx listens on, on 127.0.0.1. */
  port: number;
  /** Ports of the portal instances behind it. */
  upstreams: number[];
  /** Extra `server { }` blocks, e.g. one serving a static copy (bench). */
  extraServers?: string;
};

/**
 * deploy/nginx.conf with only what differs on this machine changed: the
 * listen port, the upstream servers and the cache path. Anything else in the
 * file is what the test runs, so the documented file is the tested one.
 */
export function renderSite(source: string, opts: NginxOptions, cacheDir: string): string {
  const replaced = (text: string, pattern: RegExp, by: string) => {
    if (!pattern.test(text)) throw new Error(`${DEPLOY_CONFIG} has no ${pattern}`);
    return text.replace(pattern, by);
  };
  let site = replaced(source, /^ {4}listen 80;$/m, `    listen 127.0.0.1:${opts.port};`);
  const servers = opts.upstreams.map((p) => `    server 127.0.0.1:${p};`).join('\n');
  site = replaced(site, /(^ {4}server 127\.0\.0\.1:\d+;\n)+/m, `${servers}\n`);
  site = replaced(site, /proxy_cache_path \S+/, `proxy_cache_path ${cacheDir}`);
  return site;
}

/** A whole nginx.conf for a process of our own: no system paths, no daemon. */
function mainConfig(dir: string, site: string, extraServers = ''): string {
  return `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  client_body_temp_path ${dir}/client;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${site}
${extraServers}
}
`;
}

/**
 * A new folder on a tmpfs when there is one: the micro-cache lives there, as
 * deploy/nginx.conf advises, and so does the bench's static copy (same footing).
 */
export function scratchDir(prefix: string): string {
  return mkdtempSync(path.join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), prefix));
}

export type Nginx = { child: ChildProcess; dir: string; stop: () => Promise<void> };

/** Starts nginx (Debian's package) as a child process with the rendered config. */
export async function startNginx(opts: NginxOptions): Promise<Nginx> {
  const dir = scratchDir('portal-nginx-');
  // nginx's workers drop root for `nobody`: they must write the cache here.
  chmodSync(dir, 0o777);
  const cacheDir = path.join(dir, 'cache');
  mkdirSync(cacheDir, { mode: 0o777 });
  chmodSync(cacheDir, 0o777);
  const site = renderSite(readFileSync(DEPLOY_CONFIG, 'utf8'), opts, cacheDir);
  const config = path.join(dir, 'nginx.conf');
  writeFileSync(config, mainConfig(dir, site, opts.extraServers));
  const child = spawn('nginx', ['-p', dir, '-c', config], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => {
        rmSync(dir, { recursive: true, force: true });
        resolve();
      });
      child.kill('SIGQUIT');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  process.on('exit', () => child.kill('SIGKILL'));
  await waitForPort(opts.port);
  return { child, dir, stop };
}

async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
