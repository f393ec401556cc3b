import type { TargetAssessment } from '../model/index.ts';

/** How the targets still to be decided stand, for the summary's sentence. */
export interface OutlookCounts {
  /** Targets with a probability (a year still ahead of the data). */
  projected: number;
  /** At least 90%: very likely or virtually certain. */
  likely: number;
  /** 66% up to 90%: likely. */
  maybe: number;
  /** Below 33%: at risk. */
  risk: number;
}

/**
 * Count the targets the engine gave a probability, by the likelihood words' bands (IPCC AR5 guidance
 * note, https://www.ipcc.ch/site/assets/uploads/2017/08/AR5_Uncertainty_Guidance_Note.pdf): the
 * summary names the very likely ones, the likely ones and those at risk; 33–66% are not named.
 *
 * @param targets - The engine's verdicts; targets already decided (no probability, or NaN) are left out.
 * @returns The counts, or null when no target has a probability (the summary then says nothing).
 */
export function countOutlook(targets: readonly TargetAssessment[]): OutlookCounts | null {
  const probabilities = targets.flatMap((t) => (t.probability !== null && !Number.isNaN(t.probability) ? [t.probability] : []));
  if (probabilities.length === 0) return null;
  return {
    projected: probabilities.length,
    likely: probabilities.filter((p) => p >= 0.9).length,
    maybe: probabilities.filter((p) => p >= 0.66 && p < 0.9).length,
    risk: probabilities.filter((p) => p < 0.33).length,
  };
}
