import { useCallback, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { EuiButton, EuiButtonEmpty, EuiCallOut, EuiFlexGroup, EuiHorizontalRule, EuiLoadingSpinner, EuiPageTemplate, EuiSpacer } from '@elastic/eui';
import type { ConfigurationLimits } from '../../../common/types/api/configure_limits';
import type { Configuration } from '../../../common/types/domain/configure';
import { useGetCaseConfiguration } from '../../containers/use_get_case_configuration';
import { useGetConfigurationLimits } from '../../containers/use_get_configuration_limits';
import { getErrorMessage, useCore } from '../../core';
import { useCasesCapabilities } from '../capabilities/use_cases_capabilities';
import { CREATE_CASE_OWNER } from '../create/case_form';
import { ClosureOptions } from './closure_options';
import { ConnectorsSection } from './connectors_section';
import { CustomFieldFlyout } from './custom_field_flyout';
import { CustomFieldsSection } from './custom_fields_section';
import { ObservableTypeFlyout } from './observable_type_flyout';
import { ObservableTypesSection } from './observable_types_section';
import type { OpenFlyout, PageActions } from './page_actions';
import { TemplateFlyout } from './template_flyout';
import { TemplatesSection } from './templates_section';
import { type ConfigurationChange, type SaveOutcome, useConfigurationSave } from './use_configuration_save';

/** A change made outside a flyout met a newer configuration: the page shows the newer one, the admin decides again. */
function PageConflictCallout({ what, onDismiss }: { what: string; onDismiss(): void }) {
  return (
    <>
      <EuiCallOut
        color="warning"
        iconType="warning"
        title="The settings changed while you were editing"
        role="alert"
        onDismiss={onDismiss}
        data-test-subj="configure-conflict-callout"
      >
        <p>Your {what} was not saved because someone else saved the case settings first. The page now shows their version: review it and make your change again.</p>
      </EuiCallOut>
      <EuiSpacer size="m" />
    </>
  );
}

interface SettingsSectionsProps {
  configuration: Configuration | null;
  /** The server's caps: "Add" stays enabled as far as an admin raised them. */
  limits: ConfigurationLimits;
  actions: PageActions;
}

function SettingsSections({ configuration, limits, actions }: SettingsSectionsProps) {
  return (
    <>
      <ConnectorsSection configuration={configuration} actions={actions} />
      <EuiHorizontalRule />
      <ClosureOptions closureType={configuration?.closure_type ?? 'close-by-user'} actions={actions} />
      <EuiHorizontalRule />
      <CustomFieldsSection owner={CREATE_CASE_OWNER} customFields={configuration?.customFields ?? []} max={limits.customFields} actions={actions} />
      <EuiHorizontalRule />
      <TemplatesSection templates={configuration?.templates ?? []} max={limits.templates} actions={actions} />
      <EuiHorizontalRule />
      <ObservableTypesSection observableTypes={configuration?.observableTypes ?? []} max={limits.observableTypes} actions={actions} />
    </>
  );
}

interface FlyoutForProps {
  flyout: OpenFlyout;
  configuration: Configuration | null;
  save(change: ConfigurationChange): Promise<SaveOutcome>;
  onClose(): void;
}

function FlyoutFor({ flyout, configuration, save, onClose }: FlyoutForProps) {
  switch (flyout.kind) {
    case 'customField':
      return <CustomFieldFlyout definition={flyout.item} save={save} onClose={onClose} />;
    case 'template':
      return <TemplateFlyout template={flyout.item} customFields={configuration?.customFields ?? []} save={save} onClose={onClose} />;
    default:
      return <ObservableTypeFlyout observableType={flyout.item} save={save} onClose={onClose} />;
  }
}

function SettingsPage({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  return (
    <EuiPageTemplate panelled={false} restrictWidth={1200} data-test-subj="configure-cases-page">
      <EuiPageTemplate.Header
        pageTitle="Settings"
        description={
          <EuiButtonEmpty iconType="chevronSingleLeft" flush="left" size="s" onClick={() => navigate('/')} data-test-subj="configure-back-to-cases">
            Back to cases
          </EuiButtonEmpty>
        }
        bottomBorder
      />
      <EuiPageTemplate.Section>{children}</EuiPageTemplate.Section>
    </EuiPageTemplate>
  );
}

/**
 * `/configure`: the admin's case settings for the app's owner, as Kibana's Settings page. Without
 * cases_settings (the link is hidden, but a URL still leads here) the page says so and offers
 * nothing to change: every save would be refused.
 */
export function ConfigureCasesPage() {
  const canConfigure = useCasesCapabilities(CREATE_CASE_OWNER).settings;
  return (
    <SettingsPage>
      {canConfigure ? (
        <SettingsEditor />
      ) : (
        <EuiCallOut iconType="lock" title="You cannot change the case settings" data-test-subj="configure-no-privilege-callout">
          <p>Changing the case settings needs the cases settings privilege in this space. Ask an administrator if you need it.</p>
        </EuiCallOut>
      )}
    </SettingsPage>
  );
}

function SettingsEditor() {
  const { toasts } = useCore();
  const configuration = useGetCaseConfiguration(CREATE_CASE_OWNER);
  const limits = useGetConfigurationLimits();
  const { save, isSaving } = useConfigurationSave(CREATE_CASE_OWNER);
  const [flyout, setFlyout] = useState<OpenFlyout | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);

  const saveFromPage = useCallback(
    async (change: ConfigurationChange, what: string) => {
      setConflict(null);
      const outcome = await save(change);
      if (outcome.status === 'conflict') setConflict(what);
      if (outcome.status === 'error') toasts.addDanger({ title: `Could not save the ${what}`, text: outcome.message, 'data-test-subj': 'configure-save-error-toast' });
      return outcome;
    },
    [save, toasts],
  );
  const closeFlyout = useCallback(() => setFlyout(null), []);
  const actions: PageActions = { openFlyout: setFlyout, saveFromPage, isSaving };

  let body;
  if (configuration.isError && configuration.data === undefined) {
    body = (
      <EuiCallOut color="danger" iconType="error" title="The case settings could not be loaded" data-test-subj="configure-load-error">
        <p>{getErrorMessage(configuration.error)}</p>
        <EuiButton color="danger" size="s" onClick={() => void configuration.refetch()} isLoading={configuration.isFetching}>
          Try again
        </EuiButton>
      </EuiCallOut>
    );
  } else if (configuration.data === undefined) {
    body = (
      <EuiFlexGroup justifyContent="center" data-test-subj="configure-loading">
        <EuiLoadingSpinner size="xl" aria-label="Loading the case settings" />
      </EuiFlexGroup>
    );
  } else {
    body = (
      <>
        {conflict && <PageConflictCallout what={conflict} onDismiss={() => setConflict(null)} />}
        <SettingsSections configuration={configuration.data} limits={limits} actions={actions} />
        {flyout && <FlyoutFor flyout={flyout} configuration={configuration.data} save={save} onClose={closeFlyout} />}
      </>
    );
  }

  return body;
}
