import { caseTypeForm } from './case';
import { casesWebhookTypeForm } from './cases_webhook';
import { emailTypeForm } from './email';
import { jiraTypeForm } from './jira';
import { resilientTypeForm } from './resilient';
import { serviceNowItsmTypeForm, serviceNowSirTypeForm } from './servicenow';
import { swimlaneTypeForm } from './swimlane';
import { theHiveTypeForm } from './thehive';
import { type ConnectorTypeForm } from './types';

/** One entry per connector type the page can configure; a new type is one line here and its file. */
const FORMS: ConnectorTypeForm[] = [
  jiraTypeForm,
  resilientTypeForm,
  serviceNowItsmTypeForm,
  serviceNowSirTypeForm,
  swimlaneTypeForm,
  theHiveTypeForm,
  casesWebhookTypeForm,
  emailTypeForm,
  caseTypeForm,
];

const BY_ID = new Map(FORMS.map((form) => [form.id, form]));

/** A type the server offers but the page has no form for cannot be created here. */
export function getTypeForm(typeId: string): ConnectorTypeForm | undefined {
  return BY_ID.get(typeId);
}
