/**
 * The case view's tab lives in the URL (`?tabId=...`, as Kibana's), so a link, a reload or the
 * back button opens the same place. Three tabs: Activity (the default, a clean URL), Attachments
 * and Similar cases. The Attachments tab's section is the `tabId` itself (`alerts`, `events`,
 * `files`, `observables`, `indicators`), so the links Kibana and earlier releases made
 * (`?tabId=alerts`, `?tabId=events`) open the same table they always did.
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

export const CASE_VIEW_TABS = ['activity', 'attachments', 'similar'] as const;
export type CaseViewTabId = (typeof CASE_VIEW_TABS)[number];

export const ATTACHMENT_SECTIONS = ['alerts', 'events', 'files', 'observables', 'indicators'] as const;
export type AttachmentSectionId = (typeof ATTACHMENT_SECTIONS)[number];

export interface CaseViewLocation {
  tab: CaseViewTabId;
  /** The Attachments tab's section: the one in the URL, else Alerts. */
  section: AttachmentSectionId;
}

const isSection = (value: string | null): value is AttachmentSectionId => ATTACHMENT_SECTIONS.includes(value as AttachmentSectionId);

/** Where a `tabId` leads; an unknown one is the activity. */
export function locationOf(tabId: string | null): CaseViewLocation {
  if (isSection(tabId)) return { tab: 'attachments', section: tabId };
  if (tabId === 'attachments') return { tab: 'attachments', section: 'alerts' };
  if (tabId === 'similar') return { tab: 'similar', section: 'alerts' };
  return { tab: 'activity', section: 'alerts' };
}

/** The `tabId` of a place: the section stands for the Attachments tab. */
export const tabIdOf = (tab: CaseViewTabId, section: AttachmentSectionId): string | null =>
  tab === 'activity' ? null : tab === 'attachments' ? section : tab;

/** A tab, or a section of the Attachments tab (which opens that tab on it). */
export type CaseViewTarget = CaseViewTabId | AttachmentSectionId;

export function useCaseViewTab(): [CaseViewLocation, (target: CaseViewTarget) => void] {
  const [params, setParams] = useSearchParams();
  const location = locationOf(params.get('tabId'));
  const go = useCallback(
    (target: CaseViewTarget) =>
      setParams((current) => {
        const updated = new URLSearchParams(current);
        const next = isSection(target) ? target : tabIdOf(target, locationOf(current.get('tabId')).section);
        if (next === null) updated.delete('tabId');
        else updated.set('tabId', next);
        return updated;
      }),
    [setParams],
  );
  return [location, go];
}
