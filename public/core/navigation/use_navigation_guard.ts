import { useEffect, useRef } from 'react';
import { useCore } from '../core_context';

/**
 * Guards the page while `message` is set: leaving asks first, with this message. The guard reads
 * the latest message through a ref, so it is registered once per mount, not once per keystroke.
 */
export function useNavigationGuard(message: string | undefined) {
  const { registerNavigationGuard } = useCore();
  const messageRef = useRef(message);
  messageRef.current = message;
  useEffect(() => registerNavigationGuard(() => messageRef.current), [registerNavigationGuard]);
}
