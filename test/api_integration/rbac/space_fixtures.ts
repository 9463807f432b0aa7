/* eslint-disable @typescript-eslint/no-explicit-any -- objects are passed on as the API answered them */
/**
 * What the matrix acts on in one space, prepared by the superuser: a case of Security's owner
 * that nobody changes (read routes, searches), with a comment, an alert, a tag, a category and a
 * custom field value that a search may reveal only to a reader, a file and an observable (whose
 * value a sibling case shares, so similar cases finds one); the owner's configuration; and
 * "slots", objects a write consumes (a case to delete, a closed case to reopen, ...). A slot is
 * made when first asked for and made again only after a call that may have changed it, so the
 * matrix stays within its time budget.
 */
import { must, type Caller } from './rbac_client';

export const OWNER = 'securitySolution';
export const CUSTOM_FIELD = { key: 'rbac_flag', label: 'RBAC flag', type: 'toggle', required: false } as const;
const NONE_CONNECTOR = { id: 'none', name: 'none', type: '.none', fields: null };

export type SlotName =
  | 'openCase'
  | 'closedCase'
  | 'deletableCase'
  | 'caseWithComment'
  | 'caseWithAlert'
  | 'commentable'
  | 'configuration'
  | 'caseWithFile'
  | 'caseWithObservable';

/** The base case's observable. Slots hold another value, so only the base case and its sibling hold this one. */
export const BASE_OBSERVABLE = { typeKey: 'observable-type-ipv4', value: '203.0.113.77' } as const;
export const SLOT_OBSERVABLE = { typeKey: 'observable-type-ipv4', value: '198.51.100.7' } as const;

export interface BaseObjects {
  caseId: string;
  commentId: string;
  alertId: string;
  /** Marks that only a reader of the owner may see in a search answer. */
  tag: string;
  category: string;
  fileId: string;
  observableId: string;
}

export const configurationBody = () => ({ owner: OWNER, connector: NONE_CONNECTOR, closure_type: 'close-by-user', customFields: [CUSTOM_FIELD] });

export class SpaceFixtures {
  base!: BaseObjects;
  private slots = new Map<SlotName, Promise<any>>();
  private counter = 0;

  constructor(
    private readonly superuser: Caller,
    readonly space: string,
    /** A user profile uid to assign: assignment needs one that exists. */
    readonly assigneeUid: string,
  ) {}

  alertIndex = () => `.alerts-security.alerts-${this.space}`;

  caseBody(overrides: Record<string, unknown> = {}) {
    return {
      title: `rbac ${this.space} ${++this.counter}`,
      description: 'RBAC matrix case',
      tags: [`work-${this.space}`],
      owner: OWNER,
      settings: { syncAlerts: false },
      connector: NONE_CONNECTOR,
      ...overrides,
    };
  }

  userComment = (text = 'Looked at the host') => ({ type: 'user', comment: text, owner: OWNER });

  /** A small text file as the upload route takes it; a new form each call (a body is read once). */
  fileForm(name = 'evidence') {
    const form = new FormData();
    form.append('file', new Blob([`notes on ${name}\n`], { type: 'text/plain' }), `${name}.txt`);
    return form;
  }

  observableBody = (observable: { typeKey: string; value: string } = SLOT_OBSERVABLE) => ({ observable: { ...observable, description: null } });

  /** Kibana's indicator attachment; the indicator document is not read on attach, so any id does. */
  indicatorComment = () => ({
    type: 'externalReference',
    externalReferenceId: `rbac-indicator-${this.space}`,
    externalReferenceStorage: { type: 'elasticSearchDoc' },
    externalReferenceAttachmentTypeId: 'indicator',
    externalReferenceMetadata: { indicatorName: '192.0.2.10', indicatorType: 'ipv4-addr', indicatorFeedName: 'RBAC feed' },
    owner: OWNER,
  });

  alertComment = (alertId: string) => ({ type: 'alert', alertId, index: this.alertIndex(), rule: { id: 'rbac-rule', name: 'RBAC rule' }, owner: OWNER });

  async prepare(): Promise<void> {
    const su = this.superuser;
    await must(su(undefined, { method: 'POST', path: '/api/spaces/space', body: { id: this.space, name: this.space } }), `create space ${this.space}`);
    await must(su(this.space, { method: 'POST', path: '/api/cases/configure', body: configurationBody() }), 'configure');
    const alertId = `rbac-alert-${this.space}`;
    const alert = {
      '@timestamp': '2024-01-01T00:00:00.000Z',
      kibana: { alert: { uuid: alertId, workflow_status: 'open', rule: { name: 'RBAC rule', uuid: 'rbac-rule' }, severity: 'high', risk_score: 50 } },
      host: { name: 'rbac-host' },
    };
    await must(su(this.space, { method: 'POST', path: '/api/alerts/_ingest', body: [alert] }), 'ingest alert');
    const tag = `secret-tag-${this.space}`;
    const category = `secret-category-${this.space}`;
    const created = await this.createCase({ tags: [tag], category, customFields: [{ key: CUSTOM_FIELD.key, type: 'toggle', value: true }] });
    const commented = await this.addComment(created.id, this.userComment('the base comment'));
    await this.addComment(created.id, this.alertComment(alertId));
    const fileId = await this.uploadFile(created.id);
    const observableId = await this.addObservable(created.id, BASE_OBSERVABLE);
    await this.addObservable((await this.createCase()).id, BASE_OBSERVABLE);
    this.base = { caseId: created.id, commentId: commented.comments[0].id, alertId, tag, category, fileId, observableId };
  }

  /** The object a write acts on; made on first use and after `consumed`. */
  slot(name: SlotName): Promise<any> {
    let made = this.slots.get(name);
    if (!made) {
      made = this.make(name);
      this.slots.set(name, made);
    }
    return made;
  }

  consumed(name: SlotName): void {
    this.slots.delete(name);
  }

  private async make(name: SlotName): Promise<any> {
    switch (name) {
      case 'openCase':
      case 'deletableCase':
      case 'commentable':
        return this.createCase();
      case 'closedCase': {
        const created = await this.createCase();
        const [closed] = await must(
          this.superuser(this.space, { method: 'PATCH', path: '/api/cases', body: { cases: [{ id: created.id, version: created.version, status: 'closed' }] } }),
          'close a case',
        );
        return closed;
      }
      case 'caseWithComment': {
        const created = await this.createCase();
        const withComment = await this.addComment(created.id, this.userComment());
        const [comment] = withComment.comments;
        return { caseId: created.id, commentId: comment.id, commentVersion: comment.version };
      }
      case 'caseWithAlert': {
        const created = await this.createCase();
        await this.addComment(created.id, this.alertComment(this.base.alertId));
        return { caseId: created.id };
      }
      case 'caseWithFile': {
        const created = await this.createCase();
        return { caseId: created.id, fileId: await this.uploadFile(created.id) };
      }
      case 'caseWithObservable': {
        const created = await this.createCase();
        return { caseId: created.id, observableId: await this.addObservable(created.id, SLOT_OBSERVABLE) };
      }
      case 'configuration': {
        const found = await must(this.superuser(this.space, { method: 'GET', path: `/api/cases/configure?owner=${OWNER}` }), 'read the configuration');
        if (found.length !== 1) throw new Error(`expected one ${OWNER} configuration in ${this.space}, found ${found.length}`);
        return found[0];
      }
    }
  }

  private createCase(overrides: Record<string, unknown> = {}) {
    return must(this.superuser(this.space, { method: 'POST', path: '/api/cases', body: this.caseBody(overrides) }), 'create a case');
  }

  /** The id of the file uploaded: the `.files` attachment's external reference. */
  private async uploadFile(caseId: string): Promise<string> {
    const updated = await must(this.superuser(this.space, { method: 'POST', path: `/api/cases/${caseId}/files`, form: this.fileForm() }), 'upload a file');
    const attachment = updated.comments.find((c: any) => c.externalReferenceAttachmentTypeId === '.files');
    return attachment.externalReferenceId;
  }

  private async addObservable(caseId: string, observable: { typeKey: string; value: string }): Promise<string> {
    const updated = await must(
      this.superuser(this.space, { method: 'POST', path: `/internal/cases/${caseId}/observables`, body: this.observableBody(observable) }),
      'add an observable',
    );
    return updated.observables.find((o: any) => o.value === observable.value).id;
  }

  private addComment(caseId: string, body: unknown) {
    return must(this.superuser(this.space, { method: 'POST', path: `/api/cases/${caseId}/comments`, body }), 'add a comment');
  }
}
