import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { createArticle } from '../../lib/workflow/editing';
import { inTransaction } from '../../lib/workflow/tx';
import { castEachTest } from '../helpers/integration';
import { articleInput } from '../helpers/workflow-fixtures';

// The database under the app must never hand one query another's rows or
// parameters, however many run at once through the app's own pooled Prisma
// client. (An embedded database that multiplexed one session behind a pool
// did exactly that: bind errors, other queries' parameters, wrong rows.)

const CATEGORIES = 30;
const ROUNDS = 8;
const BOUND_MS = 90_000;

const c = castEachTest({ once: true });
const slugs: string[] = [];

beforeAll(async () => {
  for (let i = 0; i < CATEGORIES; i++) {
    const slug = `dong-thoi-${i}`;
    await db().category.create({ data: { slug, name: `Đồng thời ${i}`, position: 1000 + i } });
    slugs.push(slug);
  }
});

/** A body of ~120 KB in UTF-8 that names its owner at both ends. */
function bigBody(marker: string): string {
  return `${marker}\n${'Đẩy mạnh truyền thông chính sách. '.repeat(3_000).slice(0, 95_000)}\n${marker}`;
}

async function readOne(i: number) {
  const found = await db().category.findUnique({ where: { slug: `dong-thoi-${i}` } });
  expect(found?.name).toBe(`Đồng thời ${i}`);
}

async function readPair(i: number) {
  const j = (i * 7 + 3) % CATEGORIES;
  const rows = await db().category.findMany({
    where: { slug: { in: [`dong-thoi-${i}`, `dong-thoi-${j}`] } },
    orderBy: { position: 'asc' },
  });
  expect(new Set(rows.map((r) => r.name))).toEqual(new Set([`Đồng thời ${i}`, `Đồng thời ${j}`]));
}

async function rawEcho(i: number, round: number) {
  const text = `tham số ${i}-${round}-${'x'.repeat(i * 50)}`;
  const rows = await db().$queryRaw<
    { n: number; s: string }[]
  >`SELECT ${i}::int AS n, ${text}::text AS s`;
  expect(rows).toEqual([{ n: i, s: text }]);
}

async function writeBig(i: number, round: number) {
  const marker = `[bai-${i}-${round}]`;
  const body = bigBody(marker);
  const created = await createArticle(c.editor, articleInput(c.categoryId, { body }));
  const stored = await db().articleRevision.findUniqueOrThrow({
    where: { id: created.revision.id },
  });
  expect(stored.body.startsWith(marker) && stored.body.endsWith(marker)).toBe(true);
  expect(stored.body).toBe(body);
}

async function transact(i: number, round: number) {
  const description = `mô tả ${i}-${round}`;
  await inTransaction(async (tx) => {
    const row = await tx.category.findUniqueOrThrow({ where: { slug: `dong-thoi-${i}` } });
    expect(row.name).toBe(`Đồng thời ${i}`);
    await tx.category.update({ where: { id: row.id }, data: { description } });
    const again = await tx.category.findUniqueOrThrow({ where: { id: row.id } });
    expect(again.description).toBe(description);
  });
}

describe('many concurrent queries through the app client', () => {
  it(
    'each gets its own rows, no error, no hang',
    async () => {
      const work: Promise<void>[] = [];
      let bigWrites = 0;
      for (let round = 0; round < ROUNDS; round++) {
        for (let i = 0; i < CATEGORIES; i++) {
          const op = (i + round) % 5;
          if (op === 0) work.push(readOne(i));
          else if (op === 1) work.push(readPair(i));
          else if (op === 2) work.push(rawEcho(i, round));
          else if (op === 3 && i % 3 === 0) {
            bigWrites += 1;
            work.push(writeBig(i, round));
          } else work.push(transact(i, round));
        }
      }
      let timer: NodeJS.Timeout | undefined;
      const bound = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`still running after ${BOUND_MS} ms`)), BOUND_MS);
      });
      const results = await Promise.race([Promise.allSettled(work), bound]).finally(() =>
        clearTimeout(timer),
      );
      const failures = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
      expect(failures).toEqual([]);
      expect(results).toHaveLength(ROUNDS * CATEGORIES);
      // Every big body is in the database whole, under its own marker.
      const big = await db().articleRevision.findMany({ where: { body: { startsWith: '[bai-' } } });
      expect(bigWrites).toBeGreaterThan(10);
      expect(big).toHaveLength(bigWrites);
      for (const r of big)
        expect(r.body.endsWith(r.body.slice(0, r.body.indexOf(']') + 1))).toBe(true);
    },
    BOUND_MS + 30_000,
  );
});
