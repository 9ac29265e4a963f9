// `npm run seed:demo`: a demo company to try the product with (credentials in README.md). Goes through the
// real data layer (password hashing, audit events, validation), so the demo looks exactly like real use.
// Idempotent: when the demo manager already exists, it only prints the credentials.
import { randomUUID } from 'node:crypto';
import { prepareDatabase } from './local-db';

export const DEMO = {
  company: 'デモ商事株式会社',
  manager: { email: 'manager@demo.kumo-check.example', name: '山田 太郎', password: 'Kumo Check デモ 2026!' },
  itOwner: { email: 'it@demo.kumo-check.example', name: '佐藤 花子', password: 'Kumo Check デモ 2026!' },
};

async function main() {
  process.env.MAIL_OUTBOX_LOG = '0'; // the demo's assignment mail is not worth printing
  const local = await prepareDatabase({ quiet: true });
  try {
    // Imported after prepareDatabase(): the data layer reads DATABASE_URL when first used.
    const { seedDemo } = await import('./seed-demo-data');
    const created = await seedDemo(DEMO, randomUUID);
    console.log(created ? 'Demo company created.' : 'Demo company already exists.');
    console.log(`  ${DEMO.company}`);
    console.log(`  経営層 / manager : ${DEMO.manager.email}  password: ${DEMO.manager.password}`);
    console.log(`  IT担当 / IT owner: ${DEMO.itOwner.email}  password: ${DEMO.itOwner.password}`);
    const { db } = await import('../lib/server/db');
    await db().$disconnect();
  } finally {
    await local?.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
