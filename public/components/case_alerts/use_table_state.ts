/** Paging and sorting of a server-paged table, and the request page they make (the server counts pages from 1). */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Criteria } from '@elastic/eui';
import type { TablePage } from './case_documents_table';

export function useTableState<F extends string>(defaultSort: { field: F; direction: 'asc' | 'desc' }) {
  const [page, setPage] = useState<TablePage>({ pageIndex: 0, pageSize: 25 });
  const [sort, setSort] = useState(defaultSort);

  const onChange = useCallback(<T,>({ page: nextPage, sort: nextSort }: Criteria<T>) => {
    // EUI sends the current sort with every page change: only a new order starts from page one.
    const sortChanged = nextSort !== undefined && (String(nextSort.field) !== sort.field || nextSort.direction !== sort.direction);
    if (sortChanged) {
      setSort({ field: String(nextSort.field) as F, direction: nextSort.direction });
      setPage((current) => ({ ...current, pageIndex: 0 }));
    } else if (nextPage) {
      setPage({ pageIndex: nextPage.index, pageSize: nextPage.size });
    }
  }, [sort]);

  const resetPage = useCallback(() => setPage((current) => ({ ...current, pageIndex: 0 })), []);

  return { page, sort, onChange, resetPage, query: { page: page.pageIndex + 1, perPage: page.pageSize, sortField: sort.field, sortOrder: sort.direction } };
}

/** After removals the last page may be gone: step back to the last page that still exists. */
export function useClampPage(total: number | undefined, page: TablePage, onChange: (criteria: Criteria<never>) => void) {
  useEffect(() => {
    if (total === undefined || page.pageIndex === 0) return;
    const lastIndex = Math.max(0, Math.ceil(total / page.pageSize) - 1);
    if (page.pageIndex > lastIndex) onChange({ page: { index: lastIndex, size: page.pageSize } });
  }, [total, page, onChange]);
}

/** A new search starts from the first page (the one shown may not exist among the matches). */
export function useResetPageOn(search: string, resetPage: () => void) {
  const last = useRef(search);
  useEffect(() => {
    if (last.current === search) return;
    last.current = search;
    resetPage();
  }, [search, resetPage]);
}
