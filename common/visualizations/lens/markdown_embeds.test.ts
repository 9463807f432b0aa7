import { findLensEmbeds, lensEmbedMarkdown } from './markdown_embeds';

const attributes = { title: 'Alerts {by} "host"', visualizationType: 'lnsXY', state: { query: { query: 'a:"}"', language: 'kuery' } } };
const timeRange = { from: '2024-05-01T00:00:00.000Z', to: '2024-05-08T00:00:00.000Z' };

describe('lensEmbedMarkdown and findLensEmbeds', () => {
  it('writes one line that reads back, braces inside strings included', () => {
    const embed = lensEmbedMarkdown({ timeRange, attributes });
    expect(embed.startsWith('!{lens{"timeRange":')).toBe(true);
    expect(embed).not.toContain('\n');
    const text = `Before\n\n${embed}\n\nAfter`;
    const [found] = findLensEmbeds(text);
    expect(found).toEqual({ start: 8, end: 8 + embed.length, config: { timeRange: { ...timeRange, mode: 'absolute' }, attributes } });
    expect(text.slice(found.end)).toBe('\n\nAfter');
  });

  it("reads the comment plugin's embed with a relative range, and several embeds in order", () => {
    const first = '!{lens{"timeRange":{"from":"now-7d","to":"now","mode":"relative"},"attributes":{"title":"A"},"editMode":false}}';
    const second = lensEmbedMarkdown({ timeRange, attributes: { title: 'B' } });
    const embeds = findLensEmbeds(`x ${first} y\n${second}`);
    expect(embeds.map((e) => e.config)).toEqual([
      { timeRange: { from: 'now-7d', to: 'now', mode: 'relative' }, attributes: { title: 'A' } },
      { timeRange: { ...timeRange, mode: 'absolute' }, attributes: { title: 'B' } },
    ]);
    expect(embeds[0].start).toBe(2);
  });

  it('returns malformed embeds with the reason, and keeps reading after them', () => {
    const text = ['!{lens{"attributes": {nope}}}', '!{lens{"timeRange":{"from":"a"},"attributes":{}}}', '!{lens["x"]}', '!{lens{"attributes":{"title":"open', 'next line', '!{lens{"attributes":{}}', '!{lens{"attributes":{}}}'].join('\n');
    const embeds = findLensEmbeds(text);
    expect(embeds.map(({ config, error }) => ({ config, error }))).toEqual([
      { config: null, error: expect.stringMatching(/^The Lens embed is not valid JSON: /) },
      { config: null, error: 'The Lens embed has a time range without from and to' },
      { config: null, error: 'Expected a JSON object after !{lens' },
      // An object that never closes takes the rest of its line only.
      { config: null, error: 'The Lens embed is not closed' },
      { config: null, error: "The Lens embed is not closed with '}'" },
      { config: { attributes: {} }, error: undefined },
    ]);
    expect(text.slice(embeds[3].end, embeds[3].end + 10)).toBe('\nnext line');
  });

  it('needs attributes', () => {
    expect(findLensEmbeds('!{lens{"timeRange":{"from":"a","to":"b"}}}')[0]).toMatchObject({ config: null, error: 'The Lens embed has no attributes' });
  });

  it('ignores markers inside code', () => {
    const embed = lensEmbedMarkdown({ timeRange, attributes: { title: 'real' } });
    const text = ['```', embed, '```', `inline \`${embed}\` code`, '~~~~md', embed, '~~~~', embed].join('\n');
    const embeds = findLensEmbeds(text);
    expect(embeds).toHaveLength(1);
    expect(embeds[0].start).toBe(text.lastIndexOf(embed));
  });

  it('finds nothing in plain markdown or an unclosed fence', () => {
    expect(findLensEmbeds('no charts here, just {braces} and ! marks')).toEqual([]);
    expect(findLensEmbeds('```\n!{lens{"attributes":{}}}')).toEqual([]);
  });
});
