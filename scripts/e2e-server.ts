// The server Playwright drives: the real `npm start` path (embedded PostgreSQL, migrations, production build)
// on a throw-away data folder, so every e2e run starts from an empty database.
import { rmSync } from 'node:fs';

import { e2eDataDir, e2ePgPort } from '../e2e/paths';

const dir = e2eDataDir();
rmSync(dir, { recursive: true, force: true });
process.env.KUMO_DATA_DIR = dir;
process.env.EMBEDDED_PG_PORT ??= e2ePgPort();
delete process.env.DATABASE_URL;
delete process.env.AUTH_SECRET;

void import('./start');
