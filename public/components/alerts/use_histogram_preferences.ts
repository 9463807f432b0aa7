/**
 * Whether the Alerts page's trend chart is shown, and what it is stacked by, kept in session
 * storage: an analyst who hides the chart to work the table keeps it hidden while working in
 * this browser tab, and a new tab opens with the chart. Storage that is missing, full or holds
 * something unreadable falls back to the defaults (shown, by rule name).
 */
import { useCallback, useState } from 'react';
import { DEFAULT_STACK_BY, isStackByField, type StackByField } from './alerts_histogram_definition';

export const HISTOGRAM_PREFERENCES_KEY = 'cases.alerts.histogram';

export interface HistogramPreferences {
  isOpen: boolean;
  stackBy: StackByField;
}

const DEFAULTS: HistogramPreferences = { isOpen: true, stackBy: DEFAULT_STACK_BY };

function read(): HistogramPreferences {
  try {
    const stored: unknown = JSON.parse(window.sessionStorage.getItem(HISTOGRAM_PREFERENCES_KEY) ?? 'null');
    if (stored === null || typeof stored !== 'object') return DEFAULTS;
    const { isOpen, stackBy } = stored as Record<string, unknown>;
    return { isOpen: typeof isOpen === 'boolean' ? isOpen : DEFAULTS.isOpen, stackBy: isStackByField(stackBy) ? stackBy : DEFAULTS.stackBy };
  } catch {
    return DEFAULTS;
  }
}

function write(preferences: HistogramPreferences) {
  try {
    window.sessionStorage.setItem(HISTOGRAM_PREFERENCES_KEY, JSON.stringify(preferences));
  } catch {
    // A browser refusing storage still keeps the choice for this page.
  }
}

export function useHistogramPreferences() {
  const [preferences, setPreferences] = useState<HistogramPreferences>(read);
  const update = useCallback((patch: Partial<HistogramPreferences>) => {
    setPreferences((current) => {
      const next = { ...current, ...patch };
      write(next);
      return next;
    });
  }, []);
  return [preferences, update] as const;
}
