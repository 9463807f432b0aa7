/** Alerts, cases and a mocked server for the Alerts page tests. */
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import userEvent from '@testing-library/user-event';
import type { VisualizationDefinition } from '../../../common/visualizations/definition';
import { alertsSource } from '../../../common/visualizations/lens/__fixtures__/sources';
import type { VisualizationQueryResponse } from '../../../common/visualizations/query_api';
import type { AlertSummary } from '../../containers/alerts_api';
import { createTestCore, renderWithCore, type MockResponse, type RecordedRequest } from '../../core/mocks';
import { AlertsPage } from './alerts_page';
import { EventsPage } from './events_page';

// @elastic/charts draws on a canvas jsdom lacks: the lazily loaded chart module is replaced by a
// probe showing what it was asked to draw (the chart's own tests draw the real one).
jest.mock('../visualizations/chart/visualization_chart', () => ({
  __esModule: true,
  default: ({ definition, response }: { definition: VisualizationDefinition; response: VisualizationQueryResponse }) => (
    <div data-test-subj="mockChart" data-split={definition.chart.type === 'xy' ? definition.chart.splitAccessor : undefined}>
      {response.rows.length} rows
    </div>
  ),
}));

export const VISUALIZATION_QUERY = 'POST /internal/cases/visualizations/_query';
export const VISUALIZATION_SOURCES = 'GET /internal/cases/visualizations/data_sources';
export const EMPTY_HISTOGRAM: VisualizationQueryResponse = {
  columns: [
    { id: 'stackBy', role: 'bucket', type: 'string' },
    { id: 'timestamp', role: 'bucket', type: 'date' },
    { id: 'count', role: 'metric', type: 'number' },
  ],
  rows: [],
  interval: 'day',
  total: 0,
};

export function makeAlert(id: string, fields: Record<string, unknown> = {}): AlertSummary {
  return {
    id,
    index: '.internal.alerts-security.alerts-default-000001',
    fields: {
      '@timestamp': '2024-05-01T10:00:00.000Z',
      'kibana.alert.uuid': id,
      'kibana.alert.rule.name': 'Suspicious PowerShell',
      'kibana.alert.rule.uuid': 'rule-ps',
      'kibana.alert.severity': 'high',
      'kibana.alert.risk_score': 73,
      'kibana.alert.reason': `process event with process powershell.exe, by jdoe on host-${id} created high alert Suspicious PowerShell.`,
      'kibana.alert.workflow_status': 'open',
      'host.name': `host-${id}`,
      'user.name': 'jdoe',
      ...fields,
    },
  };
}

export const ALERT_A = makeAlert('a1');
export const ALERT_B = makeAlert('a2', { 'kibana.alert.rule.name': 'Brute force', 'kibana.alert.rule.uuid': 'rule-bf', 'kibana.alert.severity': 'critical', 'kibana.alert.case_ids': ['case-9'] });
export const ALERT_C = makeAlert('a3', { 'kibana.alert.workflow_status': 'acknowledged' });

export const findAnswer = (alerts: AlertSummary[], total = alerts.length, page = 1) => ({ page, per_page: 25, total, alerts });

type Handler = MockResponse | ((request: RecordedRequest) => MockResponse | Promise<MockResponse>);

export function renderAlertsApp(routes: Record<string, Handler>, path: '/alerts' | '/events' = '/alerts', width = 1600) {
  // A desktop window unless a test asks for a narrower one (jsdom starts at 1024 px).
  Object.defineProperty(window, 'innerWidth', { configurable: true, writable: true, value: width });
  // The trend chart asks the visualization routes: an empty chart unless a test answers otherwise.
  const test = createTestCore({ routes: { [VISUALIZATION_QUERY]: { body: EMPTY_HISTOGRAM }, [VISUALIZATION_SOURCES]: { body: { sources: [alertsSource] } }, ...routes } });
  const view = renderWithCore(
    <MemoryRouter initialEntries={[path]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <Routes>
        <Route path="/alerts" element={<AlertsPage />} />
        <Route path="/events" element={<EventsPage />} />
      </Routes>
    </MemoryRouter>,
    test.core,
  );
  const requests = (key: string) => test.fetchMock.calls.filter((call) => `${call.method} ${call.url.split('?')[0]}` === key);
  return { ...test, ...view, user: userEvent.setup(), requests };
}
