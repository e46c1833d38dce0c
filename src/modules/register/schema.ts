import { sql } from 'drizzle-orm';
import { bigserial, customType, date, index, integer, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/** A person deprived of liberty (PPL). `id` is the national register number. */
export const persons = pgTable(
  'persons',
  {
    id: text('id').primaryKey(),
    nationalId: text('national_id'),
    givenNames: text('given_names').notNull(),
    familyNames: text('family_names').notNull(),
    aliases: text('aliases')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    birthDate: date('birth_date', { mode: 'string' }),
    /** M | F */
    sex: text('sex').notNull(),
    /** ISO 3166-1 alpha-3 */
    nationality: text('nationality').notNull().default('ECU'),
    /** Physical description, for identification at counts, escapes and recaptures. */
    heightCm: integer('height_cm'),
    weightKg: integer('weight_kg'),
    hair: text('hair'),
    eyes: text('eyes'),
    /** Scars, marks and other distinguishing features, with where they are. */
    marks: text('marks'),
    tattoos: text('tattoos'),
    /** Names, aliases and ID, lower-case without accents, as one text. */
    searchText: text('search_text').notNull(),
    /** The same, word by word: what search finds people by (GIN index). */
    searchTokens: text('search_tokens')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('persons_search_tokens_idx').using('gin', t.searchTokens),
    index('persons_national_id_idx').on(t.nationalId),
  ],
);

/**
 * Every distinct word of the register's names and aliases (numbers are matched exactly, so they
 * are not here). A query word is matched here by
 * trigram similarity (a few thousand words, not every person), then people by their words.
 */
export const searchVocabulary = pgTable(
  'search_vocabulary',
  { token: text('token').primaryKey() },
  (t) => [index('search_vocabulary_trgm_idx').using('gin', sql`${t.token} gin_trgm_ops`)],
);

/** The person's current photograph (one per person; replacing it is audited). */
export const personPhotos = pgTable('person_photos', {
  person: text('person')
    .primaryKey()
    .references(() => persons.id),
  /** image/jpeg | image/png | image/webp */
  contentType: text('content_type').notNull(),
  data: bytea('data').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  recordedBy: text('recorded_by').notNull(),
});

/**
 * Register numbers issued by the system: one series per centre (`MAC-000042`). `next` only
 * grows, so a number is never issued twice, even if its person is later removed or renumbered.
 */
export const registerSeries = pgTable('register_series', {
  centre: text('centre').primaryKey(),
  next: integer('next').notNull(),
});

export const nextOfKin = pgTable(
  'next_of_kin',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    person: text('person').notNull().references(() => persons.id),
    name: text('name').notNull(),
    relationship: text('relationship').notNull(),
    phone: text('phone'),
    address: text('address'),
  },
  (t) => [index('next_of_kin_person_idx').on(t.person)],
);

/**
 * One period in custody, from admission to release. At most one is open per person (the
 * database enforces it). `centre` is the centre responsible now (changed by transfers);
 * `admittingCentre` the one that admitted them. Where exactly they are is the roll's.
 */
export const custodyEpisodes = pgTable(
  'custody_episodes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    person: text('person').notNull().references(() => persons.id),
    centre: text('centre').notNull(),
    admittingCentre: text('admitting_centre').notNull(),
    admittedAt: timestamp('admitted_at', { withTimezone: true }).notNull(),
    arrestedAt: timestamp('arrested_at', { withTimezone: true }),
    commitmentOrder: text('commitment_order'),
    issuingAuthority: text('issuing_authority'),
    /** Injuries seen on arrival (Mandela rule 7). */
    injuriesOnArrival: text('injuries_on_arrival'),
    /** The principal offence category and its maximum penalty, which set the pretrial limit. */
    offence: text('offence').notNull(),
    maxPenaltyYears: numeric('max_penalty_years', { mode: 'number' }),
    /** pretrial | sentenced — current; history in legal_status_changes. */
    legalStatus: text('legal_status').notNull(),
    pretrialSince: date('pretrial_since', { mode: 'string' }),
    sentenceMonths: integer('sentence_months'),
    /** low | medium | high | maximum */
    risk: text('risk').notNull().default('medium'),
    /** Vulnerabilities recorded at classification; history in classifications. */
    vulnerabilities: text('vulnerabilities')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    releasedAt: timestamp('released_at', { withTimezone: true }),
    /** sentence_served | alternative_measure | acquittal | court_order | pardon | death | transfer_abroad */
    releaseReason: text('release_reason'),
    releaseNote: text('release_note'),
  },
  (t) => [
    uniqueIndex('custody_one_open_per_person').on(t.person).where(sql`${t.releasedAt} is null`),
    index('custody_person_idx').on(t.person),
    index('custody_open_centre_idx').on(t.centre).where(sql`${t.releasedAt} is null`),
  ],
);

export const legalStatusChanges = pgTable(
  'legal_status_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    episode: uuid('episode').notNull().references(() => custodyEpisodes.id),
    legalStatus: text('legal_status').notNull(),
    since: date('since', { mode: 'string' }).notNull(),
    sentenceMonths: integer('sentence_months'),
    note: text('note'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [index('legal_status_changes_episode_idx').on(t.episode)],
);

/** Court cases of an episode: charges, offence, dates, lawyer. */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    episode: uuid('episode').notNull().references(() => custodyEpisodes.id),
    caseNumber: text('case_number').notNull(),
    court: text('court'),
    charges: text('charges').notNull(),
    offence: text('offence').notNull(),
    maxPenaltyYears: numeric('max_penalty_years', { mode: 'number' }),
    lawyer: text('lawyer'),
    nextHearing: date('next_hearing', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cases_episode_idx').on(t.episode)],
);

/** Every classification of an episode: risk level and vulnerabilities, with the reason. */
export const classifications = pgTable(
  'classifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    episode: uuid('episode').notNull().references(() => custodyEpisodes.id),
    risk: text('risk').notNull(),
    vulnerabilities: text('vulnerabilities').array().notNull(),
    reason: text('reason').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [index('classifications_episode_idx').on(t.episode, t.recordedAt)],
);
