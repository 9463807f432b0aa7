import { useState } from 'react';
import {
  EuiButton,
  EuiButtonEmpty,
  EuiCheckboxGroup,
  EuiFormRow,
  EuiModal,
  EuiModalBody,
  EuiModalFooter,
  EuiModalHeader,
  EuiModalHeaderTitle,
  EuiSpacer,
  EuiSwitch,
  useGeneratedHtmlId,
} from '@elastic/eui';
import { type AllowedType, type ExportRequest, type ObjectRef } from './types';
import { typeDisplayName } from './type_display';

type ExportModalProps = {
  isExporting: boolean;
  onCancel(): void;
  onExport(request: ExportRequest): void;
} & ({ mode: 'selected'; objects: ObjectRef[] } | { mode: 'all'; types: AllowedType[] });

/**
 * Kibana's export choices: the selected objects, or every object of the types ticked, with or
 * without the objects they reference ("Include related objects": a case's connectors).
 */
export function ExportModal(props: ExportModalProps) {
  const titleId = useGeneratedHtmlId({ prefix: 'exportModalTitle' });
  const [includeReferencesDeep, setIncludeReferencesDeep] = useState(true);
  const allTypes = props.mode === 'all' ? props.types : [];
  const [checkedTypes, setCheckedTypes] = useState<Record<string, boolean>>(() => Object.fromEntries(allTypes.map((type) => [type.name, true])));
  const chosenTypes = allTypes.filter((type) => checkedTypes[type.name]).map((type) => type.name);

  const submit = () =>
    props.onExport(props.mode === 'selected' ? { objects: props.objects, includeReferencesDeep } : { type: chosenTypes, includeReferencesDeep });

  return (
    <EuiModal onClose={props.onCancel} aria-labelledby={titleId} data-test-subj="export-modal">
      <EuiModalHeader>
        <EuiModalHeaderTitle id={titleId}>
          {props.mode === 'selected' ? `Export ${props.objects.length} ${props.objects.length === 1 ? 'object' : 'objects'}` : 'Export all objects'}
        </EuiModalHeaderTitle>
      </EuiModalHeader>
      <EuiModalBody>
        {props.mode === 'all' && (
          <>
            <EuiFormRow label="Select which types to export">
              <EuiCheckboxGroup
                options={allTypes.map((type) => ({ id: type.name, label: typeDisplayName(type.name, allTypes), 'data-test-subj': `export-type-${type.name}` }))}
                idToSelectedMap={checkedTypes}
                onChange={(id) => setCheckedTypes((current) => ({ ...current, [id]: !current[id] }))}
              />
            </EuiFormRow>
            <EuiSpacer size="m" />
          </>
        )}
        <EuiSwitch
          label="Include related objects"
          checked={includeReferencesDeep}
          onChange={(event) => setIncludeReferencesDeep(event.target.checked)}
          data-test-subj="export-include-related"
        />
      </EuiModalBody>
      <EuiModalFooter>
        <EuiButtonEmpty onClick={props.onCancel} data-test-subj="export-cancel">
          Cancel
        </EuiButtonEmpty>
        <EuiButton
          fill
          iconType="download"
          isLoading={props.isExporting}
          isDisabled={props.mode === 'all' && chosenTypes.length === 0}
          onClick={submit}
          data-test-subj="export-confirm"
        >
          Export
        </EuiButton>
      </EuiModalFooter>
    </EuiModal>
  );
}
