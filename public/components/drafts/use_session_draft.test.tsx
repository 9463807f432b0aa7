import { act, renderHook } from '@testing-library/react';
import { caseDraftKey } from './draft_storage';
import { useSessionDraft } from './use_session_draft';

const KEY = caseDraftKey('soc-eu', 'case-1', 'comment');

describe('useSessionDraft', () => {
  it('keeps the text across an unmount and restores it on the next mount', () => {
    const first = renderHook(() => useSessionDraft(KEY, ''));
    act(() => first.result.current[1]('Isolated host WS-042'));
    first.unmount();
    expect(window.sessionStorage.getItem('cases.draft.soc-eu.case-1.comment')).toBe(JSON.stringify('Isolated host WS-042'));

    const second = renderHook(() => useSessionDraft(KEY, ''));
    expect(second.result.current[0]).toBe('Isolated host WS-042');
  });

  it('drops the draft on discard, and when the text is back to what is saved', () => {
    const { result } = renderHook(({ saved }) => useSessionDraft(KEY, saved), { initialProps: { saved: 'server text' } });
    expect(result.current[0]).toBe('server text');
    act(() => result.current[1]('edited'));
    expect(window.sessionStorage.getItem(KEY)).not.toBeNull();
    act(() => result.current[1]('server text'));
    expect(window.sessionStorage.getItem(KEY)).toBeNull();

    act(() => result.current[1]('edited again'));
    act(() => result.current[2]());
    expect(result.current[0]).toBe('server text');
    expect(window.sessionStorage.getItem(KEY)).toBeNull();
  });

  it('follows the saved value after a discard, so a save does not store the old text as a draft', () => {
    const { result, rerender } = renderHook(({ saved }) => useSessionDraft(KEY, saved), { initialProps: { saved: 'v1' } });
    act(() => result.current[1]('v2'));
    act(() => result.current[2]());
    rerender({ saved: 'v2' });
    expect(result.current[0]).toBe('v2');
    expect(window.sessionStorage.getItem(KEY)).toBeNull();
  });

  it('reads the draft of the new key when the key changes (another case)', () => {
    window.sessionStorage.setItem(caseDraftKey('soc-eu', 'case-2', 'comment'), JSON.stringify('case two note'));
    const { result, rerender } = renderHook(({ key }) => useSessionDraft(key, ''), { initialProps: { key: KEY } });
    act(() => result.current[1]('case one note'));
    rerender({ key: caseDraftKey('soc-eu', 'case-2', 'comment') });
    expect(result.current[0]).toBe('case two note');
    expect(window.sessionStorage.getItem(KEY)).toBe(JSON.stringify('case one note'));
  });
});
