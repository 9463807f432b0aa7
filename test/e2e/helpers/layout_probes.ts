/**
 * Measurements of what an analyst actually sees, taken inside the page: does the page scroll
 * sideways, how much of a title is legible, does every icon button draw an icon, and does the app
 * ask the server for icon-like paths (EUI's image-URL fallback for an unknown icon name).
 */
import type { Locator, Page } from 'playwright-core';

/** Non-document requests under /app/ (or /s/{space}/app/): never a real asset, always a fallback. */
export function watchAppPathRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document') return;
    const { pathname } = new URL(request.url());
    if (/^(\/s\/[^/]+)?\/app\//.test(pathname)) seen.push(`${request.resourceType()} ${pathname}`);
  });
  return seen;
}

export interface Overflow {
  scrollWidth: number;
  clientWidth: number;
}

export function pageOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
}

export interface TitleLegibility {
  /** Characters of the text, spaces included. */
  total: number;
  /** Characters drawn inside every clipping ancestor, spaces between drawn words included. */
  visible: number;
  /** Non-space characters, and how many of them are drawn. */
  glyphs: number;
  visibleGlyphs: number;
  fontSizePx: number;
}

/**
 * How much of the element's text is drawn inside every clipping ancestor (overflow hidden,
 * ellipsis, line clamp), measured character by character with ranges, so that a title cut to
 * "Ransomware precurs…" counts as 18 whatever markup does the cutting. A space collapsed at a
 * line break has no box and is neither visible nor a glyph.
 */
export function titleLegibility(link: Locator): Promise<TitleLegibility> {
  return link.evaluate((el) => {
    let clip = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
    for (let node: Element | null = el; node && node !== document.documentElement; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const r = node.getBoundingClientRect();
      clip = { left: Math.max(clip.left, r.left), top: Math.max(clip.top, r.top), right: Math.min(clip.right, r.right), bottom: Math.min(clip.bottom, r.bottom) };
    }
    // The ellipsis glyph covers roughly the last character that still fits.
    const ellipsisSlack = el.scrollWidth > el.clientWidth + 1 ? 1 : 0;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const counts = { total: 0, visible: 0, glyphs: 0, visibleGlyphs: 0 };
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const content = text.textContent ?? '';
      for (let i = 0; i < content.length; i++) {
        const isGlyph = !/\s/.test(content[i]);
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const r = range.getBoundingClientRect();
        const drawn = r.width > 0 && r.left >= clip.left - 0.5 && r.right <= clip.right + 0.5 && r.top >= clip.top - 0.5 && r.bottom <= clip.bottom + 0.5;
        counts.total++;
        if (isGlyph) counts.glyphs++;
        if (drawn) counts.visible++;
        if (drawn && isGlyph) counts.visibleGlyphs++;
      }
    }
    return {
      ...counts,
      visible: Math.max(0, counts.visible - ellipsisSlack),
      visibleGlyphs: Math.max(0, counts.visibleGlyphs - ellipsisSlack),
      fontSizePx: parseFloat(getComputedStyle(el).fontSize),
    };
  });
}

/**
 * Every shown button or link that carries an EUI icon, checked as the eye would: the icon is an
 * inline SVG (not EUI's <img> fallback for an unknown name), it has a size, it draws something,
 * and it is not transparent. An icon still loading counts as a problem, so callers poll.
 */
export function iconProblems(page: Page, scope = 'body'): Promise<{ checked: number; problems: string[] }> {
  return page.evaluate((scopeSelector) => {
    const problems: string[] = [];
    let checked = 0;
    const root = document.querySelector(scopeSelector) ?? document.body;
    const name = (control: Element) =>
      control.getAttribute('data-test-subj') ?? control.getAttribute('aria-label') ?? control.textContent?.trim().slice(0, 40) ?? control.tagName;
    const opacity = (from: Element, to: Element) => {
      let value = 1;
      for (let node: Element | null = from; node; node = node === to ? null : node.parentElement) value *= parseFloat(getComputedStyle(node).opacity);
      return value;
    };
    for (const control of root.querySelectorAll('button, a, [role="button"]')) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(control).visibility === 'hidden') continue;
      for (const icon of control.querySelectorAll('.euiIcon, img')) {
        checked++;
        const label = `${name(control)} [${icon.getAttribute('data-icon-type') ?? icon.getAttribute('src') ?? '?'}]`;
        if (icon.tagName.toLowerCase() !== 'svg') {
          problems.push(`${label}: drawn as <${icon.tagName.toLowerCase()}>, not an inline svg`);
          continue;
        }
        const iconBox = icon.getBoundingClientRect();
        const drawn = [...icon.querySelectorAll('path, circle, rect, ellipse, polygon, polyline, line')].some(
          (shape) => shape.tagName.toLowerCase() !== 'path' || (shape.getAttribute('d') ?? '').trim() !== '',
        );
        if (icon.getAttribute('data-is-loading') === 'true') problems.push(`${label}: still loading`);
        else if (iconBox.width === 0 || iconBox.height === 0) problems.push(`${label}: zero size`);
        else if (!drawn) problems.push(`${label}: svg without a shape`);
        else if (opacity(icon, control) < 0.2) problems.push(`${label}: transparent until hovered`);
      }
    }
    return { checked, problems };
  }, scope);
}

/** Relative luminance of the background behind the bottom of the page, 0 (black) to 1 (white). */
export function backgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    // The first painted background under a point of empty page, whichever element paints it.
    const stack = [...document.elementsFromPoint(window.innerWidth / 2, window.innerHeight - 2), document.documentElement];
    const painted = stack.map((el) => getComputedStyle(el).backgroundColor).find((c) => !/^rgba\(.*,\s*0\)$|^transparent$/.test(c));
    const colour = painted ?? 'rgb(255, 255, 255)';
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  });
}

/** Fails with everything measured, so a failure says what was seen and where. */
export function expectLayout(ok: boolean, what: string, measured: unknown): void {
  if (!ok) throw new Error(`${what}: ${JSON.stringify(measured)}`);
}
