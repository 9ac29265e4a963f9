// Fails fast at boot with a readable list of bad settings, instead of on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { env } = await import('./lib/env');
    env();
  }
}
