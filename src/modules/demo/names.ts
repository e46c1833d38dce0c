import type { PersonSex } from '../../kernel/vocabulary.ts';
import type { Random } from './random.ts';

/**
 * Synthetic names: common Ecuadorian (and neighbouring) given names and surnames, drawn at random.
 * Any likeness to a real person is chance; the names and aliases of the real people named in the
 * reference material are kept out (REAL_PEOPLE below).
 */
const MEN = [
  'José', 'Luis', 'Carlos', 'Juan', 'Jorge', 'Andrés', 'Miguel', 'Ángel', 'Fernando', 'Diego',
  'Jonathan', 'Byron', 'Kevin', 'Bryan', 'Jefferson', 'Wilson', 'Édison', 'Darwin', 'Marlon',
  'Washington', 'Segundo', 'Manuel', 'Francisco', 'Javier', 'David', 'Christian', 'Danny', 'Holger',
  'Fabián', 'Galo', 'Patricio', 'Rubén', 'Víctor', 'Óscar', 'Raúl', 'Julio', 'Pedro', 'Alexander',
  'Steven', 'Anthony', 'Joel', 'Josué', 'Mateo', 'Sebastián', 'Xavier', 'Geovanny', 'Jairo',
  'Efraín', 'Ramón', 'Ítalo', 'Nelson', 'Roberto', 'Ricardo', 'Hugo', 'Henry', 'Freddy', 'Wellington',
  'Jimmy', 'Johnny', 'Eduardo', 'Gustavo', 'Iván', 'Jhon', 'Cristóbal', 'Walter', 'Leonardo',
];

const WOMEN = [
  'María', 'Ana', 'Rosa', 'Carmen', 'Martha', 'Gloria', 'Mercedes', 'Génesis', 'Jessica', 'Katherine',
  'Mayra', 'Paola', 'Verónica', 'Andrea', 'Gabriela', 'Daniela', 'Johanna', 'Lorena', 'Diana',
  'Silvia', 'Nathaly', 'Érika', 'Tatiana', 'Yadira', 'Mónica', 'Sofía', 'Valeria', 'Dayana',
  'Lisbeth', 'Narcisa', 'Nelly', 'Karina', 'Elizabeth', 'Fernanda', 'Alejandra', 'Belén', 'Inés',
  'Dolores', 'Piedad', 'Mariuxi', 'Kerly', 'Jenny', 'Lucía', 'Isabel', 'Estefanía', 'Cecilia',
];

const SURNAMES = [
  'Macías', 'Zambrano', 'Villamar', 'Quiñónez', 'Vera', 'Mendoza', 'Cedeño', 'Moreira', 'Bravo',
  'Chávez', 'Delgado', 'Intriago', 'Mero', 'Loor', 'Alcívar', 'Ponce', 'Cevallos', 'Pincay',
  'Anchundia', 'Solórzano', 'Sánchez', 'Rodríguez', 'González', 'Pérez', 'García', 'Martínez',
  'López', 'Torres', 'Castillo', 'Ramírez', 'Morales', 'Ortiz', 'Vásquez', 'Jiménez', 'Herrera',
  'Guerrero', 'Medina', 'Suárez', 'Cortez', 'Caicedo', 'Angulo', 'Valencia', 'Mina', 'Estupiñán',
  'Bone', 'Preciado', 'Corozo', 'Cuero', 'Tenorio', 'Nazareno', 'Montaño', 'Arroyo', 'Palacios',
  'Quintero', 'Chalá', 'Borja', 'Andrade', 'Salazar', 'Vega', 'Romero', 'Espinoza', 'Muñoz', 'Peña',
  'Carrión', 'Jaramillo', 'Ordóñez', 'Guamán', 'Quishpe', 'Chicaiza', 'Tipán', 'Toapanta', 'Yánez',
  'Tituaña', 'Caiza', 'Lema', 'Pilco', 'Villacís', 'Calderón', 'Benítez', 'Figueroa', 'Álava',
  'Briones', 'Franco', 'León', 'Mora', 'Núñez', 'Paredes', 'Ruiz', 'Toala', 'Villacrés', 'Zamora',
];

const MEN_ALIASES = [
  'el Flaco', 'Chino', 'Gato', 'el Gordo', 'Negro', 'Mono', 'Cholo', 'el Loco', 'Pollo', 'Conejo',
  'Chucky', 'Tigre', 'Cuervo', 'Perro', 'Ratón', 'Zurdo', 'Pelado', 'Bebé', 'el Viejo', 'Pirata',
  'Diablo', 'Chivo', 'Pájaro', 'Cangrejo', 'Sapo', 'Peluca', 'Chiquito', 'Cara de Niño', 'Manotas',
  'Caballo', 'Guayaco', 'Cuchillo', 'el Mudo', 'Toro', 'Gallo', 'Oso', 'Turco', 'Calvo', 'Pichón',
];
const WOMEN_ALIASES = ['la Flaca', 'Gata', 'la Negra', 'Chinita', 'la Mona', 'Muñeca', 'Reina', 'la Gorda', 'la Güera', 'Pelusa'];
const FOREIGN_ALIASES: Readonly<Record<string, readonly string[]>> = { COL: ['Paisa', 'Costeño'], VEN: ['Chamo', 'Pana'], PER: ['Cholo'] };

/** Real people named in the reference (gang leaders): their names and aliases are never drawn. */
const REAL_PEOPLE = [
  'José Adolfo Macías Villamar',
  'Jorge Luis Zambrano',
  'Jorge Bismark Véliz España',
  'Fabricio Colón Pico',
  'Federico Gómez Quinde',
];
const REAL_ALIASES = ['Fito', 'Rasquina', 'JL', 'Teniente España', 'Fede', 'Negro Willy', 'Saoco', 'Boxeador', 'Pico'];

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const REAL_NAMES = REAL_PEOPLE.map(fold);
const REAL_ALIAS_SET = new Set(REAL_ALIASES.map(fold));

/** Whether a full name contains a real person's name from the reference (accents ignored). */
export function isRealPersonName(fullName: string): boolean {
  const folded = fold(fullName);
  return REAL_NAMES.some((real) => folded.includes(real));
}

export function isRealAlias(alias: string): boolean {
  return REAL_ALIAS_SET.has(fold(alias));
}

export interface DrawnName {
  givenNames: string;
  familyNames: string;
  aliases: string[];
}

function twoDifferent(list: readonly string[], rng: Random): [string, string] {
  const first = rng.pick(list);
  let second = rng.pick(list);
  while (second === first) second = rng.pick(list);
  return [first, second];
}

/** Two given names, two family names, and for about 30 % an alias (a few have two). */
export function drawName(sex: PersonSex, nationality: string, rng: Random): DrawnName {
  for (;;) {
    const givenNames = twoDifferent(sex === 'F' ? WOMEN : MEN, rng).join(' ');
    const familyNames = [rng.pick(SURNAMES), rng.pick(SURNAMES)].join(' ');
    if (isRealPersonName(`${givenNames} ${familyNames}`)) continue;
    const aliases: string[] = [];
    if (rng.chance(0.3)) {
      const local = sex === 'F' ? WOMEN_ALIASES : MEN_ALIASES;
      const foreign = FOREIGN_ALIASES[nationality];
      const pool = foreign && sex === 'M' && rng.chance(0.5) ? foreign : local;
      aliases.push(rng.pick(pool));
      if (rng.chance(0.06)) {
        const second = rng.pick(local);
        if (!aliases.includes(second)) aliases.push(second);
      }
    }
    return { givenNames, familyNames, aliases };
  }
}

/** Ecuadorian province codes (first two digits of a cédula) by province name. */
const PROVINCE_CODES: Readonly<Record<string, string>> = {
  Azuay: '01', Cañar: '03', Carchi: '04', Cotopaxi: '05', 'El Oro': '07', Esmeraldas: '08',
  Guayas: '09', Imbabura: '10', Loja: '11', 'Los Ríos': '12', Manabí: '13', Napo: '15',
  Pichincha: '17', Tungurahua: '18', Sucumbíos: '21', 'Santo Domingo de los Tsáchilas': '23', 'Santa Elena': '24',
};

/**
 * A 10-digit cédula-like number: a province code (mostly the centre's), a third digit below 6 as
 * for natural persons, and a check digit that is deliberately wrong, so that no generated number
 * can be a real person's cédula.
 */
export function drawNationalId(province: string, rng: Random): string {
  const home = rng.chance(0.7) ? PROVINCE_CODES[province] : undefined;
  const provinceCode = home ?? String(rng.int(1, 24)).padStart(2, '0');
  const digits = `${provinceCode}${rng.int(0, 5)}${String(rng.int(0, 999_999)).padStart(6, '0')}`;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let product = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (product > 9) product -= 9;
    sum += product;
  }
  const valid = (10 - (sum % 10)) % 10;
  return `${digits}${(valid + rng.int(1, 9)) % 10}`;
}
