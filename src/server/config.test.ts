import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('defaults to the embedded engine in ./data on port 3000', () => {
    expect(loadConfig({})).toMatchObject({ port: 3000, db: './data', env: 'development', cliLanguage: 'es' });
  });

  it('uses DATABASE_URL, and a --db flag over it', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).db).toBe('postgres://u@h/db');
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }, { db: '/srv/custodia' }).db).toBe('/srv/custodia');
  });

  it('fails fast naming every bad setting', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', CUSTODIA_ADMIN_PASSWORD: 'short' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/^PORT:/m);
      expect(problems).toMatch(/^DATABASE_URL: must be a postgres:\/\/ URL/m);
      expect(problems).toMatch(/^CUSTODIA_ADMIN_PASSWORD: must have at least 12 characters/m);
    }
  });

  it('refuses to run production on the embedded engine', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL: required in production/);
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@h/db' }).env).toBe('production');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 3000, db: './data' });
  });
});
