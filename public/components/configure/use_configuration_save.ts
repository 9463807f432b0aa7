/**
 * Every save of the Settings page goes through here. A change is a function of the
 * configuration it applies to, so that after a 409 (someone else saved first) the same change
 * can be applied again to the configuration just reloaded, with nothing the admin typed lost.
 */
import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Configuration } from '../../../common/types/domain/configure';
import { casesQueryKeys } from '../../containers/query_keys';
import { type ConfigurationChanges, usePersistCaseConfiguration } from '../../containers/use_persist_case_configuration';
import { getErrorMessage } from '../../core';
import { isVersionConflict } from '../case_view/use_conflict_safe_update';

export type SaveOutcome = { status: 'saved' } | { status: 'conflict' } | { status: 'error'; message: string };

export type ConfigurationChange = (current: Configuration | null) => ConfigurationChanges;

export function useConfigurationSave(owner: string) {
  const queryClient = useQueryClient();
  const persist = usePersistCaseConfiguration(owner);
  const { mutateAsync } = persist;

  const save = useCallback(
    async (change: ConfigurationChange): Promise<SaveOutcome> => {
      const key = casesQueryKeys.configuration(owner);
      // The cache holds the freshest read: after a 409 it is the reloaded configuration.
      const current = queryClient.getQueryData<Configuration | null>(key) ?? null;
      try {
        await mutateAsync({ current, changes: change(current) });
        return { status: 'saved' };
      } catch (error) {
        if (isVersionConflict(error)) {
          await queryClient.refetchQueries({ queryKey: key, exact: true });
          return { status: 'conflict' };
        }
        return { status: 'error', message: getErrorMessage(error) };
      }
    },
    [mutateAsync, owner, queryClient],
  );

  return { save, isSaving: persist.isPending };
}
