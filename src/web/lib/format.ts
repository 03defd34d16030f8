import { useTranslation } from 'react-i18next';

/** Locale-aware formatting of numbers, dates and percentages (it-IT / en-GB). */
export function useFormat() {
  const { i18n } = useTranslation();
  const tag = i18n.language === 'en' ? 'en-GB' : 'it-IT';
  return {
    number: (n: number, digits = 0) => new Intl.NumberFormat(tag, { maximumFractionDigits: digits }).format(n),
    percent: (n: number, digits = 1) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: digits }).format(n),
    currency: (n: number) => new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' }).format(n),
    date: (d: string | Date) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium' }).format(new Date(d)),
    dateTime: (d: string | Date) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(d)),
  };
}

/** Seconds as m:ss, the way a recorder shows elapsed and allowed time. */
export const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
