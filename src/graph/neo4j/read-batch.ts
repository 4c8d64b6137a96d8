import type { Record as Neo4jRecord } from "neo4j-driver";

export type { Neo4jRecord };

export interface Statement {
  text: string;
  params: Record<string, unknown>;
}

/** One store read: its statements, and what to make of their records (one list per statement, in order). */
export interface ReadJob<T> {
  statements: Statement[];
  finish(results: Neo4jRecord[][]): T;
}

/** Runs statements in one read transaction and answers each one's records, in order. */
export type RunStatements = (statements: Statement[]) => Promise<Neo4jRecord[][]>;

interface Pending {
  job: ReadJob<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * Gathers the reads asked for in one turn of the event loop and runs them in one
 * read transaction. A GraphQL level asks for everything it needs in one turn
 * (each DataLoader dispatches its batch on the next tick, a resolver's direct
 * store call happens in the same turn), so a level costs one transaction
 * whatever the number of loaders, instead of a session and a transaction each.
 * The flush waits for setImmediate, after every tick and microtask of the turn.
 *
 * A failed transaction fails every read of it (they were one request's); a read
 * whose records cannot be turned into an answer fails alone.
 */
export class ReadBatch {
  private pending: Pending[] = [];

  constructor(private readonly runStatements: RunStatements) {}

  read<T>(job: ReadJob<T>): Promise<T> {
    if (job.statements.length === 0) return Promise.resolve().then(() => job.finish([]));
    return new Promise<T>((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => void this.flush());
      this.pending.push({ job, resolve: resolve as (value: unknown) => void, reject });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    let results: Neo4jRecord[][];
    try {
      results = await this.runStatements(batch.flatMap(({ job }) => job.statements));
    } catch (error) {
      for (const { reject } of batch) reject(error);
      return;
    }
    let at = 0;
    for (const { job, resolve, reject } of batch) {
      const own = results.slice(at, at + job.statements.length);
      at += job.statements.length;
      try {
        resolve(job.finish(own));
      } catch (error) {
        reject(error);
      }
    }
  }
}
