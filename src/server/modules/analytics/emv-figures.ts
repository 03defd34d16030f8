import { type Locale, t } from '../../platform/i18n';
import { emv } from './emv';

/** EMV with its rates and the formula written out with the actual figures, in the reader's language. */
export function emvFigures(locale: Locale, input: { clicks: number; reach: number; costPerClick: number; cpm: number }) {
  const figures = emv(input);
  const tag = locale === 'en' ? 'en-GB' : 'it-IT';
  const num = (n: number) => new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format(n);
  const eur = (n: number) => new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' }).format(n);
  const formula = t(locale, 'analytics:emv.formula', {
    clicks: num(input.clicks),
    cpc: eur(input.costPerClick),
    reach: num(input.reach),
    cpm: eur(input.cpm),
    clickValue: eur(figures.clickValue),
    impressionValue: eur(figures.impressionValue),
    value: eur(figures.value),
  });
  return { ...figures, costPerClick: input.costPerClick, cpm: input.cpm, formula };
}
