import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { AppRoot, type AppRootProps } from './app_root';

// Each tab is its own chunk: the Alerts page's first render downloads nothing of the Events tab.
const AlertsPage = lazy(() => import('../components/alerts/alerts_page').then((m) => ({ default: m.AlertsPage })));
const EventsPage = lazy(() => import('../components/alerts/events_page').then((m) => ({ default: m.EventsPage })));

/** The Security app's root (`/app/security`, as Kibana's): its Alerts and Events pages. */
export function AlertsApp(props: AppRootProps) {
  return (
    <AppRoot {...props} loadingTestSubj="alertsPageLoading">
      <Routes>
        <Route path="/alerts" element={<AlertsPage />} />
        <Route path="/events" element={<EventsPage />} />
        <Route path="*" element={<Navigate to="/alerts" replace />} />
      </Routes>
    </AppRoot>
  );
}
