import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import {
  createUser,
  listUsers,
  parseRoles,
  resetPassword,
  setUserActive,
  setUserCaseload,
  setUserRoles,
  unlockUser,
  type UserSummary,
} from '../../modules/auth/index.ts';
import * as s from '../../modules/auth/schemas.ts';
import { ROLES } from '../../kernel/access.ts';
import type { Config } from '../../server/config.ts';
import { cliAuditContext, configFor, parseInput, print, printJson, say, withDatabase, withDb } from '../context.ts';
import { pick, type CliLanguage } from '../language.ts';

const splitList = (value: string, previous: string[] = []) => [
  ...previous,
  ...value.split(',').map((v) => v.trim()).filter(Boolean),
];

const STATES = {
  inactive: { es: 'desactivado', en: 'inactive' },
  locked: { es: 'bloqueado', en: 'locked' },
  active: { es: 'activo', en: 'active' },
} as const;

function describe(user: UserSummary, language: CliLanguage): string {
  const caseload = user.caseload.all ? '*' : user.caseload.centres.join(',') || '-';
  const state = STATES[!user.active ? 'inactive' : user.locked ? 'locked' : 'active'][language];
  return [user.username.padEnd(16), user.roles.join(',').padEnd(28), caseload.padEnd(20), state, user.displayName].join(' ');
}

/** A username argument, checked like the API's `:username`. */
function usernameOf(username: string, config: Config): string {
  return parseInput(s.usernameParamsSchema, { username }, config.cliLanguage).username;
}

function show(user: UserSummary, json: boolean | undefined, language: CliLanguage) {
  if (json) printJson(user);
  else print(describe(user, language));
}

export function usersCommand(language: CliLanguage): Command {
  const t = pick(language);
  const users = new Command('users').description(t({ es: 'usuarios, roles y centros asignados', en: 'user accounts, roles and caseloads' }));
  const json = t({ es: 'imprime el usuario como JSON', en: 'print the user as JSON' });

  withDb(users.command('add <username>'), language)
    .description(t({
      es: 'crear un usuario; sin --password-stdin se genera una contraseña y se muestra una vez',
      en: 'create a user; without --password-stdin a password is generated and printed once',
    }))
    .requiredOption('--role <roles>', `${t({ es: 'roles, separados por comas o repetidos', en: 'roles, comma-separated or repeated' })} (${ROLES.join(', ')})`, splitList)
    .option('--name <displayName>', t({ es: 'nombre completo que muestra la aplicación', en: 'full name shown in the application' }))
    .option('--centre <codes>', t({ es: 'códigos de los centros asignados, separados por comas o repetidos', en: 'caseload centre codes, comma-separated or repeated' }), splitList)
    .option('--all-centres', t({ es: 'ámbito nacional: todos los centros', en: 'national caseload: every centre' }))
    .option('--language <language>', t({ es: 'idioma del usuario en la aplicación: es o en', en: "the user's language in the application: es or en" }), 'es')
    .option('--password-stdin', t({ es: 'lee la contraseña de la entrada estándar', en: 'read the password from standard input' }))
    .option('--json', json)
    .action(async (username: string, options: {
      db?: string; role: string[]; name?: string; centre?: string[]; allCentres?: boolean;
      language: string; passwordStdin?: boolean; json?: boolean;
    }) => {
      const config = configFor(options);
      const password = options.passwordStdin ? readFileSync(0, 'utf8').replace(/\r?\n$/, '') : undefined;
      const caseload = options.allCentres || options.centre ? { all: Boolean(options.allCentres), centres: options.centre ?? [] } : undefined;
      // The same checks as POST /users; unknown roles first, in the use case's own words.
      const input = parseInput(
        s.userInputSchema,
        { username, displayName: options.name ?? username, password, roles: parseRoles(options.role), caseload, language: options.language },
        config.cliLanguage,
      );
      const result = await withDatabase(config, (handle) => createUser(handle.db, cliAuditContext(config), input));
      show(result.user, options.json, config.cliLanguage);
      if (result.generatedPassword) {
        say(`${t({ es: 'Contraseña generada (se muestra una sola vez)', en: 'Generated password (shown once)' })}: ${result.generatedPassword}`);
      }
    });

  withDb(users.command('list'), language)
    .description(t({ es: 'lista los usuarios con sus roles, centros y estado', en: 'list users with roles, caseload and state' }))
    .option('--json', t({ es: 'imprime como JSON', en: 'print as JSON' }))
    .action(async (options: { db?: string; json?: boolean }) => {
      const config = configFor(options);
      const all = await withDatabase(config, (handle) => listUsers(handle.db));
      if (options.json) printJson({ users: all });
      else all.forEach((u) => print(describe(u, config.cliLanguage)));
    });

  withDb(users.command('roles <username> <roles...>'), language)
    .description(t({ es: 'fija los roles de un usuario (sustituye los que tenía)', en: 'set the roles of a user (replaces them)' }))
    .option('--json', json)
    .action(async (username: string, roles: string[], options: { db?: string; json?: boolean }) => {
      const config = configFor(options);
      const input = parseInput(s.rolesInputSchema, { roles: parseRoles(roles.flatMap((r) => splitList(r))) }, config.cliLanguage);
      const user = await withDatabase(config, (handle) => setUserRoles(handle.db, cliAuditContext(config), usernameOf(username, config), input.roles));
      show(user, options.json, config.cliLanguage);
    });

  withDb(users.command('caseload <username> [centres...]'), language)
    .description(t({ es: 'fija los centros que un usuario puede ver (sustituye los que tenía); --all para todos', en: 'set the centres a user may see (replaces them); --all for every centre' }))
    .option('--all', t({ es: 'ámbito nacional: todos los centros', en: 'national caseload: every centre' }))
    .option('--json', json)
    .action(async (username: string, centres: string[], options: { db?: string; all?: boolean; json?: boolean }) => {
      const config = configFor(options);
      const input = parseInput(s.caseloadInputSchema, { all: Boolean(options.all), centres: centres.flatMap((c) => splitList(c)) }, config.cliLanguage);
      const user = await withDatabase(config, (handle) => setUserCaseload(handle.db, cliAuditContext(config), usernameOf(username, config), input));
      show(user, options.json, config.cliLanguage);
    });

  withDb(users.command('unlock <username>'), language)
    .description(t({ es: 'desbloquea una cuenta bloqueada tras intentos fallidos', en: 'unlock an account locked after failed logins' }))
    .action(async (username: string, options: { db?: string }) => {
      const config = configFor(options);
      const name = usernameOf(username, config);
      show(await withDatabase(config, (handle) => unlockUser(handle.db, cliAuditContext(config), name)), false, config.cliLanguage);
    });

  withDb(users.command('reset-password <username>'), language)
    .description(t({
      es: 'restablece la contraseña de un usuario: imprime una contraseña de un solo uso, que deberá cambiar al entrar; sus sesiones terminan',
      en: "reset a user's password: prints a one-time password, to be changed at the next login; their sessions end",
    }))
    .option('--json', t({ es: 'imprime el usuario y la contraseña de un solo uso como JSON', en: 'print the user and the one-time password as JSON' }))
    .action(async (username: string, options: { db?: string; json?: boolean }) => {
      const config = configFor(options);
      const name = usernameOf(username, config);
      // The same use case as POST /users/:username/password-reset, audited as the CLI's user.
      const { user, oneTimePassword } = await withDatabase(config, (handle) => resetPassword(handle.db, cliAuditContext(config), name));
      if (options.json) {
        printJson({ user, oneTimePassword });
        return;
      }
      print(describe(user, config.cliLanguage));
      print(`${t({ es: 'Contraseña de un solo uso (se muestra una sola vez)', en: 'One-time password (shown once)' })}: ${oneTimePassword}`);
    });

  for (const [name, active] of [['enable', true], ['disable', false]] as const) {
    withDb(users.command(`${name} <username>`), language)
      .description(
        active
          ? t({ es: 'permite de nuevo que un usuario entre', en: 'allow a user to log in again' })
          : t({ es: 'impide que un usuario entre (sus sesiones terminan)', en: 'stop a user from logging in (their sessions end)' }),
      )
      .action(async (username: string, options: { db?: string }) => {
        const config = configFor(options);
        const name = usernameOf(username, config);
        show(await withDatabase(config, (handle) => setUserActive(handle.db, cliAuditContext(config), name, active)), false, config.cliLanguage);
      });
  }

  return users;
}
