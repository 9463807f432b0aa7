import { type CaseStatus } from '../../../common/constants';

/** Display names and badge colours of a case's lifecycle, as Kibana shows them. */
export const STATUS_LABELS: Record<CaseStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  closed: 'Closed',
};

export const STATUS_COLORS: Record<CaseStatus, 'primary' | 'warning' | 'default'> = {
  open: 'primary',
  'in-progress': 'warning',
  closed: 'default',
};
