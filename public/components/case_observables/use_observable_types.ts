/**
 * The observable types a case of this owner may hold: Kibana's built-ins, then the owner's own
 * from its settings. A type no longer configured keeps showing by its key, so an observable
 * added under a since-deleted custom type is still readable.
 */
import { useMemo } from 'react';
import { OBSERVABLE_TYPES_BUILTIN } from '../../../common/observables/builtin_observable_types';
import { useGetCaseConfiguration } from '../../containers/use_get_case_configuration';

export interface ObservableTypeOption {
  key: string;
  label: string;
}

export interface ObservableTypes {
  options: ObservableTypeOption[];
  labelOf: (typeKey: string) => string;
}

export function buildObservableTypes(custom: readonly ObservableTypeOption[]): ObservableTypes {
  const options = [...OBSERVABLE_TYPES_BUILTIN, ...custom];
  const labels = new Map(options.map(({ key, label }) => [key, label]));
  return { options, labelOf: (typeKey) => labels.get(typeKey) ?? typeKey };
}

export function useObservableTypes(owner: string): ObservableTypes {
  const { data } = useGetCaseConfiguration(owner);
  const custom = data?.observableTypes;
  return useMemo(() => buildObservableTypes(custom ?? []), [custom]);
}
