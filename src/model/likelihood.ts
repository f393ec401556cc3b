/**
 * Calibrated likelihood words of the IPCC AR5 guidance note on uncertainty (Mastrandrea et al.
 * 2010, https://www.ipcc.ch/site/assets/uploads/2017/08/AR5_Uncertainty_Guidance_Note.pdf).
 */
export type Likelihood =
  | 'virtually-certain'
  | 'very-likely'
  | 'likely'
  | 'about-as-likely-as-not'
  | 'unlikely'
  | 'very-unlikely';

/**
 * Word a probability on the calibrated scale: ≥ 99% virtually certain, ≥ 90% very likely, ≥ 66%
 * likely, 33–66% about as likely as not, < 33% unlikely, < 10% very unlikely.
 *
 * @param p - A probability in [0, 1].
 */
export function likelihood(p: number): Likelihood {
  if (p >= 0.99) return 'virtually-certain';
  if (p >= 0.9) return 'very-likely';
  if (p >= 0.66) return 'likely';
  if (p >= 0.33) return 'about-as-likely-as-not';
  if (p >= 0.1) return 'unlikely';
  return 'very-unlikely';
}
