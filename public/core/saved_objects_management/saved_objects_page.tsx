import { useState } from 'react';
import { EuiButton, EuiFieldSearch, EuiFlexGroup, EuiFlexItem, EuiPageTemplate, EuiSpacer, type EuiPageHeaderProps } from '@elastic/eui';
import { useCapabilities } from '../capabilities/use_capabilities';
import { LoadErrorCallout } from '../security_management/load_error_callout';
import { savedObjectsCapabilities } from './capabilities';
import { CopyToSpaceFlyout } from './copy_to_space_flyout';
import { ExportModal } from './export_modal';
import { ImportFlyout } from './import_flyout';
import { SavedObjectsTable, TableRowCount, type TableSort } from './saved_objects_table';
import { TypeFilter } from './type_filter';
import { type ExportRequest, type ManagementSavedObject } from './types';
import { useAllowedTypes, useExportSavedObjects, useFindSavedObjects } from './use_saved_objects';

type Dialog = { kind: 'none' } | { kind: 'exportSelected' } | { kind: 'exportAll' } | { kind: 'import' } | { kind: 'copy'; objects: ManagementSavedObject[] };

/**
 * Stack Management > Saved objects: the space's exportable objects (cases, connectors), export
 * of the selected ones or of whole types, import from a file, and copy into other spaces.
 */
export function SavedObjectsPage({ tabs }: { tabs?: EuiPageHeaderProps['tabs'] }) {
  const can = savedObjectsCapabilities(useCapabilities());
  const allowedTypes = useAllowedTypes();
  const types = allowedTypes.data?.types ?? [];
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [typeFilter, setTypeFilter] = useState<string[]>([]);
  const [pageIndex, setPageIndex] = useState(0);
  const [pageSize, setPageSize] = useState(20);
  const [sort, setSort] = useState<TableSort>({});
  const [selected, setSelected] = useState<ManagementSavedObject[]>([]);
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const exporter = useExportSavedObjects();

  const find = useFindSavedObjects({
    types: typeFilter.length > 0 ? typeFilter : types.map((type) => type.name),
    search,
    page: pageIndex + 1,
    perPage: pageSize,
    ...sort,
  });

  // Another page, search or filter is another list: a selection of rows no longer shown would
  // export objects the user cannot see.
  const resetPaging = () => {
    setPageIndex(0);
    setSelected([]);
  };

  const exportObjects = (request: ExportRequest) => exporter.mutate(request, { onSuccess: () => setDialog({ kind: 'none' }) });
  const loadError = allowedTypes.error ?? find.error;
  const closeDialog = () => setDialog({ kind: 'none' });

  return (
    <>
      <EuiPageTemplate.Header
        pageTitle="Saved objects"
        iconType="savedObjectsApp"
        description="The objects of this space that move between spaces and deployments: export them to a file, import a file, or copy them into another space."
        tabs={tabs}
        rightSideItems={[
          <EuiButton key="import" iconType="upload" onClick={() => setDialog({ kind: 'import' })} data-test-subj="saved-objects-import">
            Import
          </EuiButton>,
          <EuiButton key="export-all" iconType="download" isDisabled={types.length === 0} onClick={() => setDialog({ kind: 'exportAll' })} data-test-subj="saved-objects-export-all">
            Export all objects
          </EuiButton>,
        ]}
      />
      <EuiPageTemplate.Section>
        {loadError ? (
          <LoadErrorCallout what="saved objects" error={loadError} testSubj="saved-objects-load-error" />
        ) : (
          <>
            <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} wrap>
              <EuiFlexItem grow>
                <EuiFieldSearch
                  fullWidth
                  placeholder="Search by title"
                  value={searchText}
                  onChange={(event) => setSearchText(event.target.value)}
                  onSearch={(value) => {
                    setSearch(value);
                    resetPaging();
                  }}
                  isClearable
                  aria-label="Search saved objects"
                  data-test-subj="saved-objects-search"
                />
              </EuiFlexItem>
              <EuiFlexItem grow={false}>
                <TypeFilter
                  types={types}
                  selected={typeFilter}
                  onChange={(next) => {
                    setTypeFilter(next);
                    resetPaging();
                  }}
                />
              </EuiFlexItem>
              <EuiFlexItem grow={false}>
                <EuiButton iconType="download" isDisabled={selected.length === 0} onClick={() => setDialog({ kind: 'exportSelected' })} data-test-subj="saved-objects-export-selected">
                  Export{selected.length > 0 ? ` ${selected.length}` : ''}
                </EuiButton>
              </EuiFlexItem>
              {can.copyIntoSpace && (
                <EuiFlexItem grow={false}>
                  <EuiButton iconType="copy" isDisabled={selected.length === 0} onClick={() => setDialog({ kind: 'copy', objects: selected })} data-test-subj="saved-objects-copy-selected">
                    Copy to space
                  </EuiButton>
                </EuiFlexItem>
              )}
            </EuiFlexGroup>
            <EuiSpacer size="s" />
            <TableRowCount total={find.data?.total ?? 0} />
            <EuiSpacer size="s" />
            <SavedObjectsTable
              items={find.data?.saved_objects ?? []}
              total={find.data?.total ?? 0}
              isLoading={allowedTypes.isLoading || find.isFetching}
              allowedTypes={types}
              pageIndex={pageIndex}
              pageSize={pageSize}
              sort={sort}
              selected={selected}
              onSelectionChange={setSelected}
              onTableChange={(change) => {
                // Another page size or order starts again from the first page.
                const sameList = change.pageSize === pageSize && change.sort.sortField === sort.sortField && change.sort.sortOrder === sort.sortOrder;
                if (!sameList || change.pageIndex !== pageIndex) setSelected([]);
                setPageIndex(sameList ? change.pageIndex : 0);
                setPageSize(change.pageSize);
                setSort(change.sort);
              }}
              onCopyToSpace={can.copyIntoSpace ? (object) => setDialog({ kind: 'copy', objects: [object] }) : undefined}
            />
          </>
        )}
      </EuiPageTemplate.Section>
      {dialog.kind === 'exportSelected' && (
        <ExportModal mode="selected" objects={selected.map(({ type, id }) => ({ type, id }))} isExporting={exporter.isPending} onCancel={closeDialog} onExport={exportObjects} />
      )}
      {dialog.kind === 'exportAll' && <ExportModal mode="all" types={types} isExporting={exporter.isPending} onCancel={closeDialog} onExport={exportObjects} />}
      {dialog.kind === 'import' && <ImportFlyout onClose={closeDialog} />}
      {dialog.kind === 'copy' && <CopyToSpaceFlyout objects={dialog.objects} onClose={closeDialog} />}
    </>
  );
}
