import { createRoot } from 'react-dom/client';
import { type AppMountParameters } from '../core';
import { AlertsApp } from './alerts_app';

export function mountAlertsApp(params: AppMountParameters): () => void {
  const root = createRoot(params.element);
  root.render(<AlertsApp {...params} />);
  return () => root.unmount();
}
