import type { Module } from '../../platform/module';
import { qaRoutes } from './routes';
import { seedQa } from './seed';

export const qaModule: Module = { name: 'qa', routes: () => qaRoutes(), seed: seedQa };
