import { z } from 'zod';

// Validated once at boot (instrumentation) and at build (next.config). At build time nothing is required:
// the build is environment-independent; only values that are present must be well-formed.
const url = z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL');

const runtimeSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: url,
  MIGRATE_DATABASE_URL: url.optional(),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters (openssl rand -base64 32)'),
  APP_URL: z.url().optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  // Load shedding in scripts/server.ts (docs/decisions/009): requests running at once, waiting in line, and for how long.
  KUMO_MAX_ACTIVE_REQUESTS: z.coerce.number().int().min(1).max(10_000).default(16),
  KUMO_MAX_QUEUED_REQUESTS: z.coerce.number().int().min(0).max(100_000).default(200),
  KUMO_MAX_QUEUE_WAIT_MS: z.coerce.number().int().min(1).max(600_000).default(4_000),
});

export type Env = z.infer<typeof runtimeSchema>;

export function validateEnv(source: NodeJS.ProcessEnv, phase: 'build' | 'runtime'): Partial<Env> {
  const schema = phase === 'build' ? runtimeSchema.partial() : runtimeSchema;
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= validateEnv(process.env, 'runtime') as Env;
  return cached;
}
