/**
 * The Spanish texts of identification on the person's file (fotografía, descripción física),
 * register numbers issued at admission and the computed release date: the reference for
 * `people.en.ts`. Merged with the other catalogues in `index.ts`; no key may repeat one of
 * theirs (checked below).
 */
import type { es } from './es.ts';
import type { housingEs } from './housing.es.ts';
import type { rollEs } from './roll.es.ts';

export const peopleEs = {
  'identification.title': 'Identificación',
  'identification.intro': 'Lo que permite reconocer a la persona en un conteo de emergencia o en una recaptura.',
  'identification.photo': 'Fotografía',
  'identification.photoAlt': 'Fotografía de {name}',
  'identification.noPhoto': 'Sin fotografía',
  'identification.photoRecorded': 'Tomada el {date}',
  'identification.uploadPhoto': 'Subir fotografía',
  'identification.replacePhoto': 'Cambiar fotografía',
  'identification.photoHint': 'JPEG, PNG o WebP de hasta 2 MB.',
  'identification.photoUploading': 'Subiendo la fotografía…',
  'identification.photoSaved': 'Fotografía guardada.',
  'identification.photoTooLarge': 'La fotografía pesa más de 2 MB: redúzcala antes de subirla.',
  'identification.photoWrongType': 'Elija una imagen JPEG, PNG o WebP.',
  'identification.description': 'Descripción física',
  'identification.noDescription': 'No se ha registrado la descripción física.',
  'identification.height': 'Estatura',
  'identification.heightValue': '{value} cm',
  'identification.heightHint': 'En centímetros, de 50 a 250.',
  'identification.weight': 'Peso',
  'identification.weightValue': '{value} kg',
  'identification.weightHint': 'En kilogramos, de 20 a 300.',
  'identification.hair': 'Cabello',
  'identification.hairHint': 'Color y forma: «negro, corto, rizado».',
  'identification.eyes': 'Ojos',
  'identification.marks': 'Cicatrices y señas particulares',
  'identification.marksHint': 'Qué es y dónde está: «cicatriz de 4 cm en la ceja izquierda».',
  'identification.tattoos': 'Tatuajes',
  'identification.tattoosHint': 'Dibujo o texto y lugar del cuerpo.',
  'identification.wholeNumber': 'Escriba un número entero.',
  'identification.record': 'Registrar la descripción',
  'identification.edit': 'Corregir la descripción',
  'identification.submit': 'Guardar la descripción',
  'identification.saved': 'Descripción física guardada.',

  'admission.idIssued': 'El sistema asigna el número de registro al guardar: el siguiente del centro de ingreso (por ejemplo, MAC‑000042).',
  'admission.idExisting': '¿La persona ya tiene número de registro?',
  'admission.idExistingHint': 'Escríbalo solo si ya lo tiene (de otro sistema o de un registro en papel): mayúsculas, dígitos y guiones.',
  'person.admitted': 'Ingreso registrado con el número de registro {id}.',

  'sentence.releaseDate': 'Fecha de libertad calculada',
  'sentence.counted': 'Cuenta desde el {date} (incluye la prisión preventiva, COIP art. 59)',
  'sentence.unknown': 'No se puede calcular: falta la duración de la condena.',
} as const;

export type PeopleMessageKey = keyof typeof peopleEs;
export type PeopleMessages = Record<PeopleMessageKey, string>;

/** No key of this catalogue may be one of the other catalogues' (the merge would hide it). */
type Clash = Extract<PeopleMessageKey, keyof typeof es | keyof typeof rollEs | keyof typeof housingEs>;
export const NO_CLASH: [Clash] extends [never] ? true : never = true;
