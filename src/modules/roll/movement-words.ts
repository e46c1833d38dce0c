import type { Localised } from '../../kernel/language.ts';
import type { MovementType, ReleaseReason } from '../../kernel/vocabulary.ts';

/** Each movement named as the web's movement labels name it, for refusals. */
export const MOVEMENT_WORDS: Record<MovementType, Localised> = {
  admission: { es: 'el ingreso', en: 'the admission' },
  release: { es: 'la excarcelación', en: 'the release' },
  transfer: { es: 'el traslado', en: 'the transfer' },
  transfer_out: { es: 'la salida por traslado', en: 'the transfer departure' },
  transfer_arrival: { es: 'la llegada por traslado', en: 'the transfer arrival' },
  internal_move: { es: 'el cambio de celda', en: 'the cell move' },
  court_out: { es: 'la salida a audiencia', en: 'the departure to court' },
  court_return: { es: 'el regreso de audiencia', en: 'the return from court' },
  hospital_out: { es: 'la salida a hospital', en: 'the departure to hospital' },
  hospital_return: { es: 'el regreso del hospital', en: 'the return from hospital' },
  escape: { es: 'la fuga', en: 'the escape' },
  recapture: { es: 'la recaptura', en: 'the recapture' },
  death: { es: 'el fallecimiento', en: 'the death' },
};

/** Where a person in custody is, in words, to say why a movement cannot happen now. */
export const STATE_WORDS: Record<'in' | 'out' | 'en_route' | 'unaccounted', Localised> = {
  in: { es: 'la persona está en el centro', en: 'the person is in the centre' },
  out: { es: 'la persona está fuera, en audiencia u hospital', en: 'the person is out at court or hospital' },
  en_route: { es: 'la persona está en tránsito hacia otro centro', en: 'the person is en route to another centre' },
  unaccounted: { es: 'la persona está evadida', en: 'the person is unaccounted for (escaped)' },
};

/** The reasons for a release, as the web's release form names them. */
export const RELEASE_REASON_WORDS: Record<Exclude<ReleaseReason, 'death'>, Localised> = {
  sentence_served: { es: 'cumplimiento de la pena', en: 'sentence served' },
  alternative_measure: { es: 'medida alternativa', en: 'alternative measure' },
  acquittal: { es: 'sentencia absolutoria', en: 'acquittal' },
  court_order: { es: 'orden judicial', en: 'court order' },
  pardon: { es: 'indulto', en: 'pardon' },
  transfer_abroad: { es: 'traslado al extranjero', en: 'transfer abroad' },
};

/** Why a release's reason is refused: the reasons allowed, in words. */
export function releaseReasonRefusal(reasons: readonly Exclude<ReleaseReason, 'death'>[]): Localised {
  const list = (language: keyof Localised) => reasons.map((r) => `«${RELEASE_REASON_WORDS[r][language]}»`).join(', ');
  return {
    es: `el motivo de la excarcelación debe ser uno de ${list('es')} (un fallecimiento se registra como movimiento propio)`,
    en: `the reason for a release must be one of ${list('en')} (a death is recorded as its own movement)`,
  };
}
