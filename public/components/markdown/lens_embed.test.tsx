import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { lensEmbedMarkdown } from '../../../common/visualizations/lens/markdown_embeds';
import { createTestCore, renderWithCore } from '../../core/mocks';
import { ALERTS_SOURCE, alertsPerHostAttributes, alertsPerHostTable, WEEK } from '../visualizations/test_fixtures';
import { MALFORMED_EMBED_TITLE } from './lens_embed_node';
import { LENS_EMBED_NODE } from './lens_embed_parser';
import { MarkdownEditor } from './markdown_editor';
import { MarkdownRenderer } from './markdown_renderer';
import { remarkSafeNodes } from './remark_safe_nodes';

const QUERY_URL = '/internal/cases/visualizations/_query';

function renderMarkdown(markdown: string) {
  const test = createTestCore({
    routes: {
      'GET /internal/cases/visualizations/data_sources': { body: { sources: [ALERTS_SOURCE] } },
      [`POST ${QUERY_URL}`]: { body: alertsPerHostTable },
    },
  });
  renderWithCore(<MarkdownRenderer>{markdown}</MarkdownRenderer>, test.core);
  return { ...test, queries: () => test.fetchMock.calls.filter((call) => call.method === 'POST' && call.url === QUERY_URL) };
}

const embed = (title = 'Alerts per host') => lensEmbedMarkdown({ timeRange: WEEK, attributes: alertsPerHostAttributes(title) });

describe('Lens embeds in markdown', () => {
  it('draws an embed as a chart panel between the text around it, never as JSON', async () => {
    const { queries } = renderMarkdown(`Spike on **web-1**:\n\n${embed()}\n\nChecked the firewall.`);
    const panel = await screen.findByTestId('lens-embed-visualization');
    expect(within(panel).getByTestId('visualization-title')).toHaveTextContent('Alerts per host');
    expect(await within(panel).findByTestId('visualization-chart-container')).toBeInTheDocument();
    expect(queries()).toHaveLength(1);
    const rendered = screen.getByTestId('markdownRenderer');
    expect(rendered).toHaveTextContent('Spike on web-1:');
    expect(rendered).toHaveTextContent('Checked the firewall.');
    expect(rendered).not.toHaveTextContent('!{lens');
    expect(rendered).not.toHaveTextContent('"attributes"');
  });

  it('lifts an embed written inside a line out of its paragraph, keeping the words on each side', async () => {
    renderMarkdown(`See ${embed()} for the spike.`);
    const holder = await screen.findByTestId('lens-embed');
    // A panel is a block: inside a <p> it would be invalid HTML.
    expect(holder.closest('p')).toBeNull();
    const paragraphs = [...screen.getByTestId('markdownRenderer').querySelectorAll('p')].map((p) => p.textContent?.trim());
    expect(paragraphs).toEqual(expect.arrayContaining(['See', 'for the spike.']));
  });

  it('draws each of several embeds', async () => {
    renderMarkdown(`${embed('First')}\n\n${embed('Second')}`);
    const titles = await screen.findAllByTestId('visualization-title');
    expect(titles.map((title) => title.textContent)).toEqual(['First', 'Second']);
  });

  it('shows a malformed embed as a small notice, not as raw JSON', async () => {
    renderMarkdown('Before\n\n!{lens{"timeRange":{"from":"2025-04-24T00:00:00.000Z","to":"2025-05-01T00:00:00.000Z"},"attributes":}}\n\nAfter');
    const notice = await screen.findByTestId('lens-embed-malformed');
    expect(notice).toHaveTextContent(MALFORMED_EMBED_TITLE);
    const rendered = screen.getByTestId('markdownRenderer');
    expect(rendered).not.toHaveTextContent('"timeRange"');
    expect(rendered).toHaveTextContent('Before');
    expect(rendered).toHaveTextContent('After');
    expect(screen.queryByTestId('lens-embed-visualization')).toBeNull();
  });

  it('leaves an embed inside code as the code it is', () => {
    const { queries } = renderMarkdown(`Kibana writes \`${embed()}\``);
    expect(screen.queryByTestId('lens-embed')).toBeNull();
    expect(screen.getByTestId('markdownRenderer')).toHaveTextContent('!{lens{');
    expect(queries()).toHaveLength(0);
  });

  it('renders a title holding markup as text', async () => {
    renderMarkdown(embed('<img src=x onerror=alert(1)> hosts'));
    const title = await screen.findByTestId('visualization-title');
    expect(title).toHaveTextContent('<img src=x onerror=alert(1)> hosts');
    expect(title.querySelector('img')).toBeNull();
  });

  it('draws the chart in the editor’s preview too', async () => {
    function Editor() {
      const [value, setValue] = useState(`Preview this:\n\n${embed()}`);
      return <MarkdownEditor value={value} onChange={setValue} ariaLabel="Comment" />;
    }
    const test = createTestCore({
      routes: {
        'GET /internal/cases/visualizations/data_sources': { body: { sources: [ALERTS_SOURCE] } },
        [`POST ${QUERY_URL}`]: { body: alertsPerHostTable },
      },
    });
    renderWithCore(<Editor />, test.core);
    fireEvent.click(screen.getByRole('button', { name: /preview/i }));
    expect(await screen.findByTestId('lens-embed-visualization')).toBeInTheDocument();
    expect(await screen.findByTestId('visualization-chart-container')).toBeInTheDocument();
  });
});

describe('remarkSafeNodes and the embed node', () => {
  it('lets the embed node through with only its config and error', () => {
    const node: Record<string, unknown> = { type: LENS_EMBED_NODE, config: { attributes: {} }, data: { hName: 'script' }, url: 'javascript:alert(1)' };
    const tree = { type: 'root', children: [node] };
    remarkSafeNodes()(tree as never);
    expect(node).toEqual({ type: LENS_EMBED_NODE, config: { attributes: {} } });
  });
});
