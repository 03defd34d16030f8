import type { TFunction } from 'i18next';
import type { SuggestionStatus } from './api';

export const categories = ['workplace', 'process', 'product', 'people', 'communication', 'other'] as const;
export type Category = (typeof categories)[number];
export const statuses = ['received', 'under_review', 'planned', 'done', 'declined'] as const;

const categoryKeys: Record<Category, string> = {
  workplace: 'suggestions:category.workplace',
  process: 'suggestions:category.process',
  product: 'suggestions:category.product',
  people: 'suggestions:category.people',
  communication: 'suggestions:category.communication',
  other: 'suggestions:category.other',
};
const statusKeys: Record<SuggestionStatus, string> = {
  received: 'suggestions:status.received',
  under_review: 'suggestions:status.under_review',
  planned: 'suggestions:status.planned',
  done: 'suggestions:status.done',
  declined: 'suggestions:status.declined',
};
export const statusColor: Record<SuggestionStatus, string> = {
  received: 'gray.7',
  under_review: 'blue.9',
  planned: 'violet.9',
  done: 'teal.9',
  declined: 'red.9',
};

export const categoryLabel = (t: TFunction, c: Category) => t(categoryKeys[c]);
export const statusLabel = (t: TFunction, s: SuggestionStatus) => t(statusKeys[s]);
