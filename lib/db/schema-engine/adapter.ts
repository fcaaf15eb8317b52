import { PrismaPg } from '@prisma/adapter-pg';
import {
  type ConnectionInfo,
  DriverAdapterError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { declareCharColumns, reportCharAsBpchar } from './char-columns';

/**
 * A driver adapter for the WASM schema engine: adapter-pg 7.10 with the fixes
 * the engine needs (catalog `"char"` columns, whole migration scripts, a
 * shadow database that is emptied and closed). Each connection is a pool of
 * its own, given host/port/user/password/database as separate fields.
 */
export class EngineAdapter implements SqlDriverAdapter {
  readonly provider = 'postgres';
  readonly adapterName = 'schema-engine-pg';

  private constructor(
    private readonly pool: pg.Pool,
    private readonly inner: SqlDriverAdapter,
    private readonly emptyOnDispose: boolean,
  ) {}

  /**
   * `emptyOnDispose` makes it a shadow connection: what the engine replayed
   * is dropped when it lets go, so the next diff starts from an empty server.
   */
  static async open(url: string, emptyOnDispose = false): Promise<EngineAdapter> {
    const pool = new pg.Pool(poolFields(url));
    pool.on('connect', reportCharAsBpchar);
    const inner = await new PrismaPg(pool).connect();
    return new EngineAdapter(pool, inner, emptyOnDispose);
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.inner.queryRaw(query).then(declareCharColumns);
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }

  /**
   * adapter-pg splits scripts on every `;`, which breaks any function body
   * (`$$ ... ; ... $$`). A migration goes to the server whole instead: the
   * simple query protocol runs several statements in one round trip.
   */
  async executeScript(script: string): Promise<void> {
    try {
      await this.pool.query(script);
    } catch (error) {
      throw toAdapterError(error);
    }
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const tx = await this.inner.startTransaction(isolationLevel);
    return {
      provider: tx.provider,
      adapterName: tx.adapterName,
      options: tx.options,
      queryRaw: (query) => tx.queryRaw(query).then(declareCharColumns),
      executeRaw: (query) => tx.executeRaw(query),
      commit: () => tx.commit(),
      rollback: () => tx.rollback(),
      createSavepoint: tx.createSavepoint?.bind(tx),
      rollbackToSavepoint: tx.rollbackToSavepoint?.bind(tx),
      releaseSavepoint: tx.releaseSavepoint?.bind(tx),
    };
  }

  getConnectionInfo(): ConnectionInfo {
    return this.inner.getConnectionInfo?.() ?? { supportsRelationJoins: true };
  }

  async dispose(): Promise<void> {
    try {
      if (this.emptyOnDispose) {
        await this.pool.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
      }
    } finally {
      await this.pool.end();
    }
  }
}

/** The factory the engine asks for its main and its shadow database. */
export function engineAdapterFactory(
  mainUrl: string,
  shadowUrl: string,
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: 'postgres',
    adapterName: 'schema-engine-pg',
    connect: () => EngineAdapter.open(mainUrl),
    connectToShadowDb: () => EngineAdapter.open(shadowUrl, true),
  };
}

function poolFields(url: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)) || 'postgres',
  };
}

function toAdapterError(error: unknown): DriverAdapterError {
  const e = error as Partial<pg.DatabaseError>;
  return new DriverAdapterError({
    kind: 'postgres',
    code: e.code ?? 'XX000',
    severity: e.severity ?? 'ERROR',
    message: e.message ?? String(error),
    detail: e.detail,
    column: e.column,
    hint: e.hint,
  });
}
