import 'server-only';
import { headers } from 'next/headers';

/** Client address for audit rows and throttling. Outside a request (tests, scripts) it is simply unknown. */
export async function clientIp(): Promise<string> {
  try {
    const h = await headers();
    const forwarded = h.get('x-forwarded-for')?.split(',')[0]?.trim();
    return (forwarded || h.get('x-real-ip') || 'unknown').slice(0, 64);
  } catch {
    return 'unknown';
  }
}
