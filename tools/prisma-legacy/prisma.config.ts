// Config for prisma@6.19.3 (npm alias "prisma-legacy"), loaded only by migrate-diff.ts through `--config`.
// Prisma 7's migrate commands must download a native schema engine, which cannot be reached here; 6.19.3 can run its
// WASM schema engine (engine "js") through a driver adapter instead (design.md, "Technical facts").
// The imports name the aliased 6.19.3 packages: plain 'prisma/config' and '@prisma/adapter-pg' are the app's 7.x.
import { defineConfig } from 'prisma-legacy/config';
import { PrismaPg } from 'prisma-legacy-adapter-pg';
import pg from 'pg';

// The schema engine's introspection selects system catalog columns of type `name` (oid 19) and `"char"` (oid 18),
// which adapter-pg 6.19.3 rejects as unsupported ("Column type 'name' could not be deserialized"). pg already
// returns both as plain strings, so only the reported column type must change: to text (oid 25).
const SYSTEM_TEXT_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

function reportSystemTypesAsText<R>(result: R): R {
  for (const r of (Array.isArray(result) ? result : [result]) as Array<Partial<pg.QueryResult> | undefined>) {
    for (const field of r?.fields ?? []) if (SYSTEM_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  }
  return result;
}

// Given to the pool as its Client class, so every connection the adapter opens (pool queries, transactions and
// the shadow database) is covered. pg calls query() with a callback (pool) or awaits its promise (adapter).
class SystemTypesAsTextClient extends pg.Client {
  override query(...args: unknown[]): any {
    const last = args.at(-1);
    if (typeof last === 'function') {
      args[args.length - 1] = (err: unknown, res: unknown) => last(err, err ? res : reportSystemTypesAsText(res));
      return super.query.apply(this, args as never);
    }
    const out: unknown = super.query.apply(this, args as never);
    return out instanceof Promise ? out.then(reportSystemTypesAsText) : out;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  async adapter() {
    // Always a throw-away database created by migrate-diff.ts: `--from-migrations` APPLIES the migrations to it.
    const connectionString = process.env.PRISMA_LEGACY_DATABASE_URL;
    if (!connectionString) throw new Error('PRISMA_LEGACY_DATABASE_URL is not set (run through tools/prisma-legacy/cli.ts)');
    // allowExitOnIdle: the CLI never closes the pool; without it the process lingers for the 10 s idle timeout.
    return new PrismaPg({ connectionString, Client: SystemTypesAsTextClient, allowExitOnIdle: true });
  },
});
