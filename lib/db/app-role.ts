import pg from 'pg';

export const APP_ROLE = 'kumo_app';

/**
 * Creates (or re-keys) the login role the server connects as. It is deliberately weak: not superuser,
 * no BYPASSRLS, owns nothing — so row-level security always applies to it (security.md invariants).
 * The migrations grant it exactly the table rights it needs.
 */
export async function ensureAppRole(admin: pg.Client, password: string) {
  const pw = admin.escapeLiteral(password);
  const { rowCount } = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_ROLE]);
  const verb = rowCount ? 'ALTER' : 'CREATE';
  await admin.query(
    `${verb} ROLE ${APP_ROLE} LOGIN PASSWORD ${pw} NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE`,
  );
}

/** Refuses to serve through a role that would silently bypass tenant isolation. */
export async function assertSafeAppRole(connectionString: string) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ rolsuper: boolean; rolbypassrls: boolean; owned: number }>(
      `SELECT r.rolsuper, r.rolbypassrls,
              (SELECT count(*)::int FROM pg_tables t WHERE t.schemaname = current_schema() AND t.tableowner = current_user) AS owned
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    const role = rows[0];
    if (!role || role.rolsuper || role.rolbypassrls || role.owned > 0) {
      throw new Error(
        'DATABASE_URL must use the restricted app role (not superuser, no BYPASSRLS, owning no tables). ' +
          'Run migrations with MIGRATE_DATABASE_URL as the owner instead.',
      );
    }
  } finally {
    await client.end();
  }
}
