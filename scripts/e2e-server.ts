// The server Playwright drives: the real `npm start` path (embedded PostgreSQL, migrations, production build)
// on a throw-away data folder, so every e2e run starts from an empty database.
import { rmSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve(__dirname, '..', '.data', 'e2e');
rmSync(dir, { recursive: true, force: true });
process.env.KUMO_DATA_DIR = dir;
process.env.EMBEDDED_PG_PORT ??= '54339';
delete process.env.DATABASE_URL;
delete process.env.AUTH_SECRET;

void import('./start');
