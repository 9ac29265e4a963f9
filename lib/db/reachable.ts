import pg from 'pg';

/** Whether PostgreSQL answers a query on a fresh connection (not from a pool, whose connections may be broken). */
export async function reachable(connectionString: string, timeoutMs: number): Promise<boolean> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
