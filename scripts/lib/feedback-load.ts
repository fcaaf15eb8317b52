import http from 'node:http';
import pg from 'pg';

// Drives readers' feedback the way citizens send it: form POSTs from a
// browser on the portal's own pages (Origin set), each with its own email
// and from its own address (X-Forwarded-For, as nginx in front passes it),
// paced over a time window, while readers keep reading the article. Shared
// by the CI-sized e2e test and `npm run bench:feedback`. Requests go through
// node:http with kept-alive connections: the load runs on the same cores as
// the server, and fetch() cost about as much CPU per request as the server.

export type Outcome = { email: string; status: number; ms: number };

export type SubmitOptions = {
  base: string;
  slug: string;
  total: number;
  concurrency: number;
  /** Spread the submissions evenly over this window (0: as fast as answered). */
  windowMs: number;
  /** Prefix of the emails, so a run finds its own rows. */
  tag: string;
  /** Another form than article feedback: where it posts and what the n-th one says. */
  form?: { path: string; fields: (n: number, email: string) => Record<string, string> };
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

const feedbackForm = (slug: string): NonNullable<SubmitOptions['form']> => ({
  path: `/tin-tuc/${slug}/y-kien`,
  fields: (n, email) => ({
    name: `Người gửi ${n}`,
    email,
    body: `Ý kiến thử tải số ${n}: đề nghị làm rõ lộ trình áp dụng cho doanh nghiệp ${n * 7919}.`,
    kind: n % 2 ? 'gop-y' : 'cau-hoi',
    consent: 'on',
  }),
});

const agent = new http.Agent({ keepAlive: true });

/** One request; resolves with the status once the whole answer is read (0: no answer). */
function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs: number },
): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request(url, {
      method: options.method ?? 'GET',
      headers: options.headers,
      agent,
      timeout: options.timeoutMs,
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(0));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
    req.end(options.body);
  });
}

/** The n-th citizen's address: one per submission, as people at home have. */
const addressOf = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;

async function postOne(
  base: string,
  target: NonNullable<SubmitOptions['form']>,
  email: string,
  n: number,
): Promise<Outcome> {
  const body = new URLSearchParams(target.fields(n, email)).toString();
  const started = performance.now();
  const status = await send(`${base}${target.path}`, {
    method: 'POST',
    body,
    headers: {
      origin: base,
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': addressOf(n),
    },
    timeoutMs: 30_000,
  });
  return { email, status, ms: performance.now() - started };
}

/** Sends `total` submissions from `concurrency` clients; one outcome each. */
export async function submitLoad(o: SubmitOptions): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const start = performance.now();
  let next = 0;
  const client = async () => {
    for (let n = next++; n < o.total; n = next++) {
      await sleep(start + (n * o.windowMs) / o.total - performance.now());
      const target = o.form ?? feedbackForm(o.slug);
      outcomes.push(await postOne(o.base, target, `${o.tag}-${n}@tai.example.vn`, n));
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, client));
  return outcomes;
}

export type ReadStats = { ok: number; failed: number; latencies: number[] };

/** `readers` clients reading `path` until `stop` resolves. */
export async function readWhile(
  base: string,
  path: string,
  readers: number,
  stop: Promise<unknown>,
) {
  const stats: ReadStats = { ok: 0, failed: 0, latencies: [] };
  let done = false;
  void stop.finally(() => {
    done = true;
  });
  const reader = async () => {
    while (!done) {
      const started = performance.now();
      const status = await send(`${base}${path}`, {
        headers: { 'accept-encoding': 'gzip' },
        timeoutMs: 10_000,
      });
      if (status === 200) stats.ok += 1;
      else stats.failed += 1;
      stats.latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: readers }, reader));
  return stats;
}

/** How many rows each email of this run has in the database. */
export async function storedPerEmail(url: string, tag: string): Promise<Map<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ email: string; n: string }>(
      `SELECT email, count(*) AS n FROM "Feedback" WHERE email LIKE $1 GROUP BY email`,
      [`${tag}-%`],
    );
    return new Map(rows.map((r) => [r.email, Number(r.n)]));
  } finally {
    await client.end();
  }
}

export type Check = {
  accepted: number;
  lost: string[];
  duplicated: string[];
  storedButRefused: string[];
};

/** Every 200 stored exactly once; anything else stored not at all. */
export function checkStored(outcomes: Outcome[], stored: Map<string, number>): Check {
  const accepted = outcomes.filter((o) => o.status === 200);
  return {
    accepted: accepted.length,
    lost: accepted.filter((o) => !stored.has(o.email)).map((o) => o.email),
    duplicated: [...stored].filter(([, n]) => n > 1).map(([email]) => email),
    storedButRefused: outcomes
      .filter((o) => o.status !== 200 && stored.has(o.email))
      .map((o) => o.email),
  };
}

/** The p-th percentile (0..100) of `values`, in their unit. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}
