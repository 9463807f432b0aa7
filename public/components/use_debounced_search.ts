import { useEffect, useRef, useState } from 'react';

const DEBOUNCE_MS = 300;

/**
 * A search box's text and handlers: the search is applied as the analyst types (debounced, so
 * one word is one request) and at once on Enter. `accepts` can hold back a text the server
 * would refuse; the box then keeps showing it while the last applied search stays.
 */
export function useDebouncedSearch(value: string, onSearch: (value: string) => void, accepts: (text: string) => boolean = () => true) {
  const [text, setText] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const latest = useRef({ onSearch, accepts });
  latest.current = { onSearch, accepts };

  // The applied search can change under the box (clear filters, back button): show it.
  useEffect(() => setText(value), [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (next: string) => {
    clearTimeout(timer.current);
    if (next !== value && latest.current.accepts(next)) latest.current.onSearch(next);
  };
  const onChange = (event: { target: { value: string } }) => {
    const next = event.target.value;
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(next), DEBOUNCE_MS);
  };
  return { text, onChange, onSearch: commit };
}
