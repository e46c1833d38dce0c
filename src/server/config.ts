import { z } from 'zod';

/**
 * Custodia's configuration: read from the environment once, at start-up, and validated.
 * Nothing else in the code base reads `process.env`.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  CUSTODIA_DATA_DIR: z.string().min(1).default('./data'),
  CUSTODIA_ADMIN_PASSWORD: z.string().min(12, 'must have at least 12 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: booleanFlag.default(false),
  COOKIE_SECURE: z.enum(['auto', 'always', 'never']).default('auto'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  LOGIN_ATTEMPTS_PER_MINUTE_PER_IP: z.coerce.number().int().min(1).max(10_000).default(30),
  CUSTODIA_LANG: z.enum(['es', 'en']).optional(),
  CUSTODIA_DEMO: z.enum(['auto', 'true', 'false']).default('auto'),
  CUSTODIA_DEMO_PEOPLE: z.coerce.number().int().min(0).max(200_000).default(35_000),
  CUSTODIA_DEMO_SEED: z.coerce.number().int().default(2021),
  CUSTODIA_AUDIT_KEY: z.string().min(1).optional(),
  CUSTODIA_AUDIT_CHECKPOINTS: z.string().min(1).optional(),
  CUSTODIA_AUDIT_PUBLIC_KEY: z.string().min(1).optional(),
  CUSTODIA_WARNING_REEVALUATION: z.enum(['auto', 'on', 'off']).default('auto'),
  LANG: z.string().optional(),
  LC_ALL: z.string().optional(),
  LC_MESSAGES: z.string().optional(),
  USER: z.string().optional(),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** A folder for the embedded engine or a postgres:// URL. */
  db: string;
  adminPassword: string | undefined;
  logLevel: string;
  trustProxy: boolean;
  cookieSecure: 'auto' | 'always' | 'never';
  session: { idleMinutes: number; maxHours: number };
  login: { maxFailures: number; lockMinutes: number; attemptsPerMinutePerIp: number };
  /** The language of command-line messages: CUSTODIA_LANG, else from LC_ALL, LC_MESSAGES or LANG, else Spanish (see cliLanguageOf). */
  cliLanguage: 'es' | 'en';
  /** Who runs the command line, for its audit entries. */
  osUser: string;
  /**
   * Whether `serve` loads the demonstration estate into a database with no centres: `auto`
   * does so on the embedded engine only, never on PostgreSQL.
   */
  demo: { mode: 'auto' | 'true' | 'false'; people: number; seed: number };
  /**
   * Signed checkpoints of the audit chains: the Ed25519 private key file (readable by Custodia's
   * user only, never by the database) and the file they are exported to (JSON lines). With a key,
   * the server takes a checkpoint every hour.
   */
  auditCheckpoints: { keyFile: string | undefined; exportFile: string | undefined; publicKey: string | undefined };
  /**
   * Re-evaluating the early warning after commits and every 10 minutes: `auto` does so in the
   * server (`serve`), not in an app built by tests; `on` in both; `off` never.
   */
  warningReevaluation: 'auto' | 'on' | 'off';
};

/**
 * The language of command-line messages: CUSTODIA_LANG (es or en); else the first of LC_ALL,
 * LC_MESSAGES and LANG that starts with `es` or `en` (so `LC_ALL=C` leaves LANG its say);
 * else Spanish. Never fails: the help must show even when the rest of the configuration is wrong.
 */
export function cliLanguageOf(env: Record<string, string | undefined> = process.env): 'es' | 'en' {
  const chosen = env.CUSTODIA_LANG;
  if (chosen === 'es' || chosen === 'en') return chosen;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const tag = env[name]?.slice(0, 2).toLowerCase();
    if (tag === 'es' || tag === 'en') return tag;
  }
  return 'es';
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuración no válida / invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Overrides that command-line flags may set; they win over the environment. */
export type ConfigOverrides = Partial<Pick<Config, 'port' | 'host' | 'db'>>;

export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  overrides: ConfigOverrides = {},
): Config {
  // An empty variable means "not set", as shells and .env files usually intend.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  const config: Config = {
    env: e.NODE_ENV,
    port: overrides.port ?? e.PORT,
    host: overrides.host ?? e.HOST,
    db: overrides.db ?? e.DATABASE_URL ?? e.CUSTODIA_DATA_DIR,
    adminPassword: e.CUSTODIA_ADMIN_PASSWORD,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    cookieSecure: e.COOKIE_SECURE,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, maxHours: e.SESSION_MAX_HOURS },
    login: {
      maxFailures: e.LOGIN_MAX_FAILURES,
      lockMinutes: e.LOGIN_LOCK_MINUTES,
      attemptsPerMinutePerIp: e.LOGIN_ATTEMPTS_PER_MINUTE_PER_IP,
    },
    cliLanguage: cliLanguageOf(present),
    osUser: e.USER ?? 'unknown',
    demo: { mode: e.CUSTODIA_DEMO, people: e.CUSTODIA_DEMO_PEOPLE, seed: e.CUSTODIA_DEMO_SEED },
    auditCheckpoints: { keyFile: e.CUSTODIA_AUDIT_KEY, exportFile: e.CUSTODIA_AUDIT_CHECKPOINTS, publicKey: e.CUSTODIA_AUDIT_PUBLIC_KEY },
    warningReevaluation: e.CUSTODIA_WARNING_REEVALUATION,
  };
  if (config.env === 'production') {
    const problems: string[] = [];
    if (!config.db.startsWith('postgres')) {
      problems.push('DATABASE_URL: required in production (a postgres:// URL)');
    }
    if (config.demo.mode === 'true') {
      problems.push('CUSTODIA_DEMO: synthetic people cannot be loaded in production');
    }
    if (config.cookieSecure === 'never') {
      problems.push('COOKIE_SECURE: cannot be "never" in production');
    }
    if (problems.length > 0) throw new ConfigError(problems);
  }
  return config;
}
