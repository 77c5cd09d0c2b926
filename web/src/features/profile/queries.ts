import type { RuleProfile } from '@renda/shared';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../api/client';

export interface ProfileState {
  version: number;
  level: string;
  profile: RuleProfile;
  updatedAt: string;
}

export interface ProfileVersion {
  version: number;
  note: string | null;
  createdAt: string;
  createdBy: string | null;
}

export const profileKeys = {
  all: ['profile'] as const,
  current: ['profile', 'current'] as const,
  versions: ['profile', 'versions'] as const,
  defaults: ['profile', 'defaults'] as const,
};

export const useProfile = () =>
  useQuery({ queryKey: profileKeys.current, queryFn: () => get<ProfileState>('/api/profile') });

export const useProfileVersions = () =>
  useQuery({ queryKey: profileKeys.versions, queryFn: () => get<ProfileVersion[]>('/api/profile/versions') });

export const useProfileDefaults = (enabled: boolean) =>
  useQuery({
    queryKey: profileKeys.defaults,
    queryFn: () => get<RuleProfile>('/api/profile/defaults'),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
  });
