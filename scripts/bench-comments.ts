// `npm run bench:comments`: citizens' comments on a consultation under load,
// on the embedded PostgreSQL and a production server of its own (the rig of
// bench:feedback). 3,000 comments from 100 concurrent clients spread over
// 60 s, on the demo's sample consultation (units in turn, every tenth on the
// whole draft, the three stances and commenter types in turn), while 16
// readers read its page: every accepted comment stored exactly once, none
// lost, each on the consultation, version and unit it was sent for, and the
// readers answered. Exits 1 if a check fails. Loopback traffic only.
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import { startRig } from './lib/bench-rig';
import {
  checkStored,
  percentile,
  readWhile,
  storedPerEmail,
  submitLoad,
} from './lib/feedback-load';

const TOTAL = 3_000;
const CLIENTS = 100;
const WINDOW_MS = 60_000;
const READERS = 16;
const TAG = 'comments';
const log = (line: string) => console.log(`[bench:comments] ${line}`);
const ms = (n: number) => Math.round(n * 10) / 10;
const STANCES = ['dong-tinh', 'khong-dong-tinh', 'y-kien-khac'];
const TYPES = ['ca-nhan', 'to-chuc', 'doanh-nghiep'];

type Target = { id: string; slug: string; number: number; anchors: string[] };

async function query<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  values: unknown[] = [],
) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

async function sampleConsultation(url: string): Promise<Target> {
  const [c] = await query<{ id: string; slug: string; number: number; versionId: string }>(
    url,
    `SELECT c.id, c.slug, v.number, v.id AS "versionId" FROM "Consultation" c
     JOIN "ConsultationVersion" v ON v.id = c."liveVersionId" LIMIT 1`,
  );
  if (!c) throw new Error('the seed made no sample consultation');
  const units = await query<{ anchor: string }>(
    url,
    `SELECT anchor FROM "DraftUnit" WHERE "versionId" = $1 ORDER BY position`,
    [c.versionId],
  );
  return { ...c, anchors: units.map((u) => u.anchor) };
}

/** The n-th comment's unit: the units in turn, every tenth on the whole draft. */
const unitOf = (t: Target, n: number) =>
  n % 10 === 0 ? '' : (t.anchors[n % t.anchors.length] ?? '');

/** Rows stored by this run whose consultation, version or unit differ from what was sent. */
async function misplaced(url: string, t: Target): Promise<number> {
  const rows = await query<{ email: string; anchor: string | null; cid: string; n: number }>(
    url,
    `SELECT f.email, u.anchor, f."consultationId" AS cid, v.number AS n FROM "Feedback" f
     JOIN "ConsultationVersion" v ON v.id = f."versionId"
     LEFT JOIN "DraftUnit" u ON u.id = f."unitId" WHERE f.email LIKE $1`,
    [`${TAG}-%`],
  );
  return rows.filter((r) => {
    const n = Number(r.email.slice(TAG.length + 1).split('@')[0]);
    return r.cid !== t.id || r.n !== t.number || (r.anchor ?? '') !== unitOf(t, n);
  }).length;
}

async function main() {
  const load = loadavg().map((n) => n.toFixed(1));
  log(`${cpus().length} CPUs, load average ${load.join(' ')}`);
  const rig = await startRig('portal-bench-comments-', { SEED_DEMO_ACCOUNTS: 'true' }, log);
  try {
    const t = await sampleConsultation(rig.db.url);
    log(`/du-thao/${t.slug}: version ${t.number}, ${t.anchors.length} units`);
    let done: () => void = () => {};
    const stop = new Promise<void>((r) => {
      done = r;
    });
    const reading = readWhile(rig.base, `/du-thao/${t.slug}`, READERS, stop);
    const started = performance.now();
    const outcomes = await submitLoad({
      base: rig.base,
      slug: t.slug,
      total: TOTAL,
      concurrency: CLIENTS,
      windowMs: WINDOW_MS,
      tag: TAG,
      form: {
        path: `/du-thao/${t.slug}/gop-y`,
        fields: (n, email) => ({
          name: `Người góp ý ${n}`,
          email,
          body: `Góp ý thử tải số ${n}: đề nghị làm rõ quy định này, mã ${n * 7919}.`,
          stance: STANCES[n % 3] ?? 'y-kien-khac',
          commenterType: TYPES[Math.floor(n / 3) % 3] ?? 'ca-nhan',
          unit: unitOf(t, n),
          versionNumber: String(t.number),
          consent: 'on',
        }),
      },
    });
    const seconds = (performance.now() - started) / 1000;
    done();
    const reads = await reading;
    const statuses: Record<string, number> = {};
    for (const o of outcomes) statuses[o.status] = (statuses[o.status] ?? 0) + 1;
    const check = checkStored(outcomes, await storedPerEmail(rig.db.url, TAG));
    const wrongPlace = await misplaced(rig.db.url, t);
    const posts = outcomes.map((o) => o.ms);
    log(`${TOTAL} comments, ${CLIENTS} clients, sent in ${seconds.toFixed(1)} s`);
    log(`statuses ${JSON.stringify(statuses)}; accepted ${check.accepted}`);
    log(
      `POST p50 ${ms(percentile(posts, 50))} ms, p95 ${ms(percentile(posts, 95))} ms, max ${ms(Math.max(...posts))} ms`,
    );
    log(
      `stored: lost ${check.lost.length}, duplicated ${check.duplicated.length}, stored but refused ${check.storedButRefused.length}, on the wrong unit ${wrongPlace}`,
    );
    log(
      `readers: ${reads.ok} pages answered, ${reads.failed} failed, p50 ${ms(percentile(reads.latencies, 50))} ms, p95 ${ms(percentile(reads.latencies, 95))} ms`,
    );
    const pass =
      check.accepted === TOTAL &&
      check.lost.length === 0 &&
      check.duplicated.length === 0 &&
      check.storedButRefused.length === 0 &&
      wrongPlace === 0 &&
      reads.failed === 0;
    log(`${pass ? 'PASS' : 'FAIL'} (all accepted, each stored once on its unit, readers answered)`);
    process.exitCode = pass ? 0 : 1;
  } finally {
    await rig.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
