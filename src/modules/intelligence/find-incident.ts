import type { SeizureItem } from '../../kernel/vocabulary.ts';
import type { AuditContext, AuditedTransaction } from '../audit/index.ts';
import { createIncident } from '../incidents/index.ts';

/** The finds an incident report is opened for, and where and when. */
export interface FindIncident {
  type: 'weapon_find' | 'contraband_find';
  centre: string;
  location: string | null;
  at: Date;
  finds: readonly { id: string; item: SeizureItem; quantity: number; whereFound: string | null; person: string | null }[];
}

/** The items in Spanish words, for the report's first account (the record's language). */
const ITEM_WORDS: Record<SeizureItem, string> = {
  firearm: 'arma de fuego',
  ammunition: 'munición',
  explosive: 'explosivo',
  blade: 'arma blanca',
  phone: 'teléfono celular',
  sim_card: 'tarjeta SIM',
  drugs: 'drogas',
  alcohol: 'alcohol',
  cash: 'dinero en efectivo',
  fireworks: 'pirotecnia',
  drone: 'dron',
  other: 'otro objeto',
};

/** The first account of the report: one line per find, with where and on whom it was found. */
export function describeFinds(finds: FindIncident['finds']): string {
  return finds
    .map((f) => {
      const where = f.whereFound ? `, ${f.whereFound}` : '';
      const on = f.person ? `, en poder de ${f.person}` : '';
      return `Hallazgo ${f.id}: ${f.quantity} × ${ITEM_WORDS[f.item]}${where}${on}.`;
    })
    .join('\n');
}

/**
 * Opens a weapon or contraband find incident report, as a draft of the recording officer, in the
 * caller's transaction (the incidents module's `createIncident` runs nested in it, so that a
 * refused search leaves no report behind); returns its id.
 */
export async function openFindIncident(w: AuditedTransaction, context: AuditContext, input: FindIncident): Promise<string> {
  const incident = await createIncident(w.tx, context, {
    centre: input.centre,
    location: input.location,
    type: input.type,
    startedAt: input.at,
    description: describeFinds(input.finds),
  });
  return incident.id;
}
