/** Comparators a target can carry: at least, at most, exactly, and about (左右: within a stated tolerance). */
export type Comparator = '>=' | '<=' | '==' | '~';

/** How far a published value can be taken at face value. */
export type Quality = 'final' | 'preliminary' | 'rounded' | 'lower_bound' | 'estimate';

/** A published value as the core sees it. */
export interface Observation {
  year: number;
  value: number;
  quality: Quality;
}
