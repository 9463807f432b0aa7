import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { EuiProvider } from '@elastic/eui';
import { MarkdownRenderer } from './markdown_renderer';
import { MarkdownEditor } from './markdown_editor';
import { isSafeImageUrl, isSafeLinkUrl } from './safe_url';

function renderMarkdown(markdown: string) {
  render(
    <EuiProvider colorMode="light">
      <MarkdownRenderer data-test-subj="md">{markdown}</MarkdownRenderer>
    </EuiProvider>,
  );
  return screen.getByTestId('md');
}

describe('safe URLs', () => {
  it.each(['https://elastic.co', 'http://x.test/a?b=1', 'mailto:soc@example.com', '/app/cases/abc', '#section'])('allows %s', (url) => {
    expect(isSafeLinkUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'relative/path',
    '',
    undefined,
  ])('refuses %p', (url) => {
    expect(isSafeLinkUrl(url)).toBe(false);
  });

  it('allows only web images', () => {
    expect(isSafeImageUrl('https://x.test/a.png')).toBe(true);
    expect(isSafeImageUrl('data:image/svg+xml,<svg onload=alert(1)>')).toBe(false);
    expect(isSafeImageUrl('mailto:a@b.c')).toBe(false);
  });
});

describe('MarkdownRenderer', () => {
  it('renders markdown formatting', () => {
    const root = renderMarkdown('**bold** and `code`\n\n- one\n- two');
    expect(root.querySelector('strong')).toHaveTextContent('bold');
    expect(root.querySelectorAll('li')).toHaveLength(2);
  });

  it('shows raw HTML as the text that was typed, never as elements', () => {
    const root = renderMarkdown('Look: <img src=x onerror=alert(1)> and <script>alert(2)</script>\n\n<div onclick="alert(3)">block</div>');
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('[onclick]')).toBeNull();
    expect(root.querySelector('[onerror]')).toBeNull();
    expect(root).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(root).toHaveTextContent('<script>');
    expect(root).toHaveTextContent('<div onclick="alert(3)">');
  });

  it.each([
    ['an inline javascript: link', '[click me](javascript:alert(1))'],
    ['a disguised javascript: link', '[click me](JAVASCRIPT:alert(1))'],
    ['an entity-encoded javascript: link', '[click me](&#106;avascript:alert(1))'],
    ['a data: link', '[click me](data:text/html,<script>alert(1)</script>)'],
    ['a vbscript: link', '[click me](vbscript:msgbox(1))'],
    ['a reference-style javascript: link', '[click me][evil]\n\n[evil]: javascript:alert(1)'],
    ['an autolink with a script scheme', '<javascript:alert(1)>'],
    ['an HTML anchor', '<a href="javascript:alert(1)">click me</a>'],
  ])('does not turn %s into a link', (_name, markdown) => {
    const root = renderMarkdown(markdown);
    expect(root.querySelector('a')).toBeNull();
    for (const element of Array.from(root.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) expect(attribute.value).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
  });

  it('keeps the text of a refused link visible', () => {
    expect(renderMarkdown('[click me](javascript:alert(1))')).toHaveTextContent('click me');
  });

  it('does not load images from data: or script URLs', () => {
    const root = renderMarkdown('![pixel](data:image/png;base64,AAAA) ![x](javascript:alert(1))');
    expect(root.querySelector('img')).toBeNull();
  });

  it('opens safe links in a new tab without opener or referrer', () => {
    const root = renderMarkdown('See [the runbook](https://example.com/runbook) and <https://elastic.co>');
    const links = root.querySelectorAll('a');
    expect(links).toHaveLength(2);
    expect(links[0]).toHaveAttribute('href', 'https://example.com/runbook');
    expect(links[0]).toHaveTextContent('the runbook');
    for (const link of Array.from(links)) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link.getAttribute('rel')).toEqual(expect.stringContaining('noopener'));
      expect(link.getAttribute('rel')).toEqual(expect.stringContaining('noreferrer'));
    }
  });
});

describe('MarkdownEditor', () => {
  function Harness({ onChange }: { onChange: (value: string) => void }) {
    const [value, setValue] = useState('');
    return (
      <EuiProvider colorMode="light">
        <MarkdownEditor
          ariaLabel="Comment"
          data-test-subj="editor"
          value={value}
          onChange={(next) => {
            setValue(next);
            onChange(next);
          }}
        />
      </EuiProvider>
    );
  }

  it('edits and previews with the same safe rendering', async () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    const user = userEvent.setup();
    const textarea = screen.getByRole('textbox', { name: 'Comment' });
    // user-event reads `[` as the start of a key name; `[[` types one.
    await user.type(textarea, '**hi** <img src=x onerror=alert(1)> [[x](javascript:alert(1))');
    expect(onChange).toHaveBeenLastCalledWith('**hi** <img src=x onerror=alert(1)> [x](javascript:alert(1))');

    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = screen.getByTestId('editor');
    expect(preview.querySelector('strong')).toHaveTextContent('hi');
    expect(preview.querySelector('img')).toBeNull();
    expect(preview.querySelector('a[href^="javascript"]')).toBeNull();
    expect(preview).toHaveTextContent('<img src=x onerror=alert(1)>');
  });

  it('shows the errors it is given', () => {
    render(
      <EuiProvider colorMode="light">
        <MarkdownEditor ariaLabel="Comment" value="" onChange={() => undefined} errors={['Too long']} />
      </EuiProvider>,
    );
    expect(screen.getByRole('button', { name: 'Show errors' })).toHaveTextContent('1');
  });
});
