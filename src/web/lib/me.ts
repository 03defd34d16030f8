import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { MeSchema, MyOrganisations } from '../../server/modules/auth/contract';
import { ApiError, api } from './api';

export type Me = z.infer<typeof MeSchema>;
export type Permission = Me['permissions'][number];
export type MyOrganisation = z.infer<typeof MyOrganisations>['items'][number];

/** The signed-in person, or null when signed out. Fails with `needsOrganisation(error)` when one must be chosen. */
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
    retry: (count, err) => !needsOrganisation(err) && count < 3,
    staleTime: 60_000,
  });
}

/** The person belongs to several organisations and this session has not entered one yet. */
export function needsOrganisation(err: unknown): boolean {
  return err instanceof ApiError && err.status === 409 && err.code === 'auth.choose_organisation';
}

/** The organisations the signed-in login belongs to (the switcher and the chooser). */
export function useMyOrganisations(enabled = true) {
  return useQuery({
    queryKey: ['me', 'organisations'],
    queryFn: () => api.get<{ items: MyOrganisation[] }>('/api/me/organisations'),
    enabled,
    staleTime: 60_000,
  });
}

/** Enters another organisation: every cached answer belonged to the previous one, so the cache is emptied. */
export function useSwitchOrganisation(after: () => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (orgId: string) => api.post('/api/me/organisation', { orgId }),
    onSuccess: () => {
      qc.clear();
      after();
    },
  });
}

export function hasPermission(me: Me | null | undefined, p: Permission): boolean {
  return !!me?.permissions.includes(p);
}
