import type { Queryable } from '../../db/engine.ts';
import type { Authority } from '../../kernel/vocabulary.ts';
import type { Centre, Location } from './schemas.ts';

/** The estate's domain shapes. Centres and locations are exactly what the API sends. */
export type { Centre, Location } from './schemas.ts';

/** A centre to insert; `capacityEstimated` defaults to false. */
export type NewCentre = Omit<Centre, 'capacityEstimated'> & { capacityEstimated?: boolean };

/** A location to insert; it starts active, and its path and depth follow from its parent. */
export type NewLocation = Omit<Location, 'status' | 'path' | 'depth'>;

export interface AuthorityRecord {
  authority: Authority;
  /** null: held since before the centre was registered here */
  since: string | null;
  decree: string | null;
  recordedAt: Date;
  recordedBy: string;
}

export interface LocationChange {
  location: string;
  kind: 'capacity' | 'status';
  oldValue: string;
  newValue: string;
  reason: string;
  at: Date;
  recordedBy: string;
}

/** Tells whether a person count would be found at these locations; supplied by the roll. */
export type OccupancyOf = (db: Queryable, locationCodes: readonly string[]) => Promise<Map<string, number>>;
