import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createTestDatabase, openForTests, type TestDatabase, type TestScope } from '../db/testing/index.ts';
import { SYSTEM_ACTOR } from '../modules/audit/index.ts';
import { createUser, ensureAdministrator } from '../modules/auth/index.ts';
import { createCentre, type Centre } from '../modules/estate/index.ts';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createServices } from './services.ts';

export const ADMIN_PASSWORD = 'admin-test-password-1';

export interface TestClient {
  cookie: string;
  csrfToken: string;
}

export interface TestApp {
  app: FastifyInstance;
  db: TestDatabase;
  /** Logs in and returns the session cookie and CSRF token (fails the test on a non-200). */
  login(username: string, password: string): Promise<TestClient>;
  /** A request as the given client, with its CSRF token on writes. */
  as(client: TestClient | null, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown): Promise<LightMyRequestResponse>;
  /** Creates a user through the use case (audited as the system); no centres: the role's default. */
  addUser(username: string, roles: string[], centres?: string[] | 'all'): Promise<TestClient>;
  addCentre(code: string, overrides?: Partial<Centre>): Promise<Centre>;
  close(): Promise<void>;
}

/** The whole HTTP application on a fresh database of its own, for one test file. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  await ensureAdministrator(db.db, ADMIN_PASSWORD);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const app = await buildApp(createServices(db, config), { webRoot: null });

  const login = async (username: string, password: string): Promise<TestClient> => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
    if (response.statusCode !== 200) throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === 'custodia_session');
    if (!cookie) throw new Error('no session cookie');
    return { cookie: `custodia_session=${cookie.value}`, csrfToken: (response.json() as { csrfToken: string }).csrfToken };
  };

  return {
    app,
    db,
    login,
    as(client, method, url, body) {
      return app.inject({
        method,
        url,
        headers: client ? { cookie: client.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': client.csrfToken }) } : {},
        ...(body === undefined ? {} : { payload: body as object }),
      });
    },
    async addUser(username, roles, centres) {
      const password = `${username}-password-123`;
      await createUser(db.db, { actor: SYSTEM_ACTOR }, {
        username,
        displayName: username,
        password,
        roles,
        caseload: centres === undefined ? undefined : centres === 'all' ? { all: true, centres: [] } : { all: false, centres },
      });
      return login(username, password);
    },
    addCentre(code, overrides = {}) {
      return createCentre(db.db, { actor: SYSTEM_ACTOR }, {
        code,
        name: `Centro ${code}`,
        city: 'Guayaquil',
        province: 'Guayas',
        type: 'CPL',
        sex: 'M',
        authority: 'snai',
        timezone: 'America/Guayaquil',
        ...overrides,
      });
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}

/**
 * The test app of the enclosing `describe` (or file): created before its tests and closed after
 * them (or, with scope 'test', a fresh one for each test). What it returns stands for that app
 * from the first test on.
 */
export function useTestApp(env: Record<string, string> = {}, scope: TestScope = 'suite'): TestApp {
  const live = openForTests('the test app', () => createTestApp(env), scope);
  return {
    get app() {
      return live().app;
    },
    get db() {
      return live().db;
    },
    login: (username, password) => live().login(username, password),
    as: (client, method, url, body) => live().as(client, method, url, body),
    addUser: (username, roles, centres) => live().addUser(username, roles, centres),
    addCentre: (code, overrides) => live().addCentre(code, overrides),
    close: () => live().close(),
  };
}

/** Row counts of the tables a denied call must not touch, to compare before and after. */
export async function snapshotCounts(db: TestDatabase): Promise<Record<string, number>> {
  const tables = ['users', 'user_caseloads', 'sessions', 'centres', 'audit_log'];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await db.raw(`select count(*)::int as n from ${table}`);
    counts[table] = Number(row?.n);
  }
  return counts;
}
