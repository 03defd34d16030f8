import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { MeSchema } from '../../server/modules/auth/contract';
import { ApiError, api } from './api';

export type Me = z.infer<typeof MeSchema>;
export type Permission = Me['permissions'][number];

/** The signed-in person, or null when signed out. */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        return await api.get<Me>('/api/me');
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: 60_000,
  });
}

export function hasPermission(me: Me | null | undefined, p: Permission): boolean {
  return !!me?.permissions.includes(p);
}
