/**
 * Kibana's migrations of `cases-comments`, as import runs them on documents stamped older than
 * each (7.10 to 9.x exports). Written from what each version changed; Kibana's Lens migrations
 * of markdown and `.lens` state are not repeated: they rewrite Lens' own state, which we store
 * and export back as it came (a `.lens` attachment is checked only for what a case shows of it).
 */
import { CASE_SAVED_OBJECT } from '../../../common/constants';
import type { ExchangeDocument, ExchangeMigration } from '../../core';

/** Before 7.14 only the Security Solution had cases, so that is whose an owner-less one is. */
export const LEGACY_OWNER = 'securitySolution';
const SUB_CASE_SAVED_OBJECT = `${CASE_SAVED_OBJECT}-sub-case`;
const NO_RULE = { id: null, name: null };

const isAlert = (attributes: Record<string, unknown>) => attributes.type === 'alert' || attributes.type === 'generated_alert';

const withAttributes = (document: ExchangeDocument, attributes: Record<string, unknown>): ExchangeDocument => ({
  ...document,
  attributes,
  references: document.references ?? [],
});

export const commentMigrations: Record<string, ExchangeMigration> = {
  // 7.11 introduced attachment types; every earlier comment was a user's text.
  '7.11.0': (document) => withAttributes(document, { ...document.attributes, type: document.attributes.type ?? 'user' }),
  // 7.12: comments could belong to sub-cases; alerts started naming their rule.
  '7.12.0': (document) => {
    const attributes: Record<string, unknown> = { ...document.attributes, associationType: document.attributes.associationType ?? 'case' };
    if (isAlert(attributes) && attributes.rule === undefined) attributes.rule = { ...NO_RULE };
    return withAttributes(document, attributes);
  },
  '7.14.0': (document) => withAttributes(document, { ...document.attributes, owner: document.attributes.owner ?? LEGACY_OWNER }),
  // 8.0 rewrote rule ids (rules became saved objects in spaces): the old ones point at nothing.
  '8.0.0': (document) => (isAlert(document.attributes) ? withAttributes(document, { ...document.attributes, rule: { ...NO_RULE } }) : document),
  // 8.1 removed sub-cases.
  '8.1.0': (document) => {
    const { associationType: _gone, ...attributes } = document.attributes;
    return { ...withAttributes(document, attributes), references: (document.references ?? []).filter((reference) => reference.type !== SUB_CASE_SAVED_OBJECT) };
  },
  // Kibana's model versions 1 (the `eventId` mapping) and 2 (a scripted `caseId` mapping) change
  // mappings only: a document stamped with either is read as it is.
  '10.1.0': (document) => document,
  '10.2.0': (document) => document,
};
