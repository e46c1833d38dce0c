/** What the benchmarks build their synthetic estates from: the same estate on every run. */

/** A small deterministic generator (mulberry32): the same sequence for the same seed. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Common names of coastal Ecuador, for people a search can find by the hundred. */
export const FAMILY = ['Macías', 'Zambrano', 'Vera', 'Cedeño', 'Mendoza', 'Alcívar', 'Moreira', 'Loor', 'Intriago', 'Bravo', 'Chávez', 'Quiroz'];
export const GIVEN = ['Carlos', 'José', 'Luis', 'Jorge', 'Miguel', 'Andrés', 'Byron', 'Darwin', 'Edison', 'Fabián', 'Kevin', 'Wilmer'];
