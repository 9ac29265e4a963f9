import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { validateEnv } from './lib/env';

validateEnv(process.env, 'build');

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets parallel e2e runs (one per developer or helper) build side by side without sharing a folder.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // Native addon and driver: loaded from node_modules at run time instead of bundled.
  serverExternalPackages: ['@node-rs/argon2', 'pg', '@prisma/adapter-pg', 'pdfkit'],
  // The CSP (with a per-request nonce) is set in proxy.ts; these headers hold for every response.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
