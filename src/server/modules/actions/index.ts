import type { Module } from '../../platform/module';
import { actionRoutes } from './routes';
import { seedActions } from './seed';

export const actionsModule: Module = { name: 'actions', routes: () => actionRoutes(), seed: seedActions };
