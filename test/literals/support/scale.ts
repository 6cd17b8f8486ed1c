// Case counts of the generated tests: PYC_LITERALS_SCALE=10 runs ten times as many (and
// PYC_LITERALS_SEED picks other cases) for a longer hunt than `npm test` makes.
export const SCALE = Number(process.env.PYC_LITERALS_SCALE ?? 1);
export const cases = (n: number): number => Math.round(n * SCALE);
