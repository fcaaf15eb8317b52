import { ColumnTypeEnum, type SqlResultSet } from '@prisma/driver-adapter-utils';
import type pg from 'pg';

// Postgres's internal one-byte `"char"` (pg_constraint.contype,
// confdeltype...) is a type adapter-pg 7.10 rejects, and the engine reads
// those columns as characters. So the pg result reports it as bpchar (which
// adapter-pg accepts) and remembers the positions, which queryRaw then
// declares as Character columns.
const CHAR_OID = 18;
const BPCHAR_OID = 1042;
const charColumns = new WeakMap<object, number[]>();

/** Installed on each new pool client (the pool's 'connect' event). */
export function reportCharAsBpchar(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  Object.assign(client, {
    query: (...args: unknown[]) => {
      // pg-pool calls with a callback; the adapter's own clients use promises.
      const last = args.at(-1);
      if (typeof last === 'function') {
        const done = (err: unknown, res: unknown) => last(err, retypeChar(res));
        return query(...args.slice(0, -1), done);
      }
      const out = query(...args);
      return out instanceof Promise ? out.then(retypeChar) : out;
    },
  });
}

function retypeChar(result: unknown): unknown {
  const { fields, rows } = (result ?? {}) as Partial<pg.QueryResult>;
  if (!fields || !rows) return result;
  const positions: number[] = [];
  fields.forEach((field, i) => {
    if (field.dataTypeID !== CHAR_OID) return;
    field.dataTypeID = BPCHAR_OID;
    positions.push(i);
  });
  // adapter-pg hands this same rows array on in its result set.
  if (positions.length > 0) charColumns.set(rows, positions);
  return result;
}

/** Applied to every result set adapter-pg returns. */
export function declareCharColumns(result: SqlResultSet): SqlResultSet {
  for (const i of charColumns.get(result.rows) ?? []) {
    result.columnTypes[i] = ColumnTypeEnum.Character;
  }
  return result;
}
