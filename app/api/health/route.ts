import { databaseReachable } from '@/lib/server/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const database = await databaseReachable();
  return Response.json(
    { status: database ? 'ok' : 'degraded', database: database ? 'reachable' : 'unreachable' },
    { status: database ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
