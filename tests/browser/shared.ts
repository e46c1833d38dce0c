/** What the harness (in each file's fork) and the run's setup (once, before the files) agree on. */

export const ADMIN_PASSWORD = 'a-strong-test-password';

/**
 * The size of the demonstration estate the journeys share (`startHarness({ demoPeople: DEMO_PEOPLE })`):
 * generated once per run by the setup, before any file starts, and copied for each file.
 */
export const DEMO_PEOPLE = 1200;

/** The folder, in the run's cache, of the empty database (migrated, with the administrator) the files without an estate copy. */
export const EMPTY_DATABASE = 'empty';
