/**
 * Reads Kibana's `!{lens{...}}` chart embeds in case markdown into `lens` nodes, which
 * lens_embed_node.tsx draws as chart panels. The embed's extent and JSON are found by
 * findLensEmbeds, the one reader of the grammar, so what the editor writes (lensEmbedMarkdown)
 * and what renders cannot disagree.
 *
 * Embeds are found inline, wherever the author put them, and then lifted out of their
 * paragraph: a chart panel is a block, which must not sit inside a `<p>`.
 */
import type { Plugin } from 'unified';
import { findLensEmbeds, LENS_EMBED_MARKER, type LensEmbed } from '../../../common/visualizations/lens/markdown_embeds';

/** The node type, as Kibana's own parser names it. */
export const LENS_EMBED_NODE = 'lens';

export interface LensEmbedNode {
  type: typeof LENS_EMBED_NODE;
  /** The embed's JSON, read; null when it does not read. */
  config: LensEmbed['config'];
  /** Why it does not read. */
  error?: string;
}

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

type Eat = (subvalue: string) => (node: LensEmbedNode) => unknown;
interface InlineTokenizer {
  (this: unknown, eat: Eat, value: string, silent?: boolean): unknown;
  locator?: (value: string, fromIndex: number) => number;
  notInLink?: boolean;
}
interface RemarkParser {
  prototype: { inlineTokenizers: Record<string, InlineTokenizer>; inlineMethods: string[] };
}

const tokenizeLensEmbed: InlineTokenizer = function tokenizeLensEmbed(eat, value, silent) {
  if (!value.startsWith(LENS_EMBED_MARKER)) return false;
  const [embed] = findLensEmbeds(value);
  if (!embed || embed.start !== 0) return false;
  if (silent) return true;
  return eat(value.slice(0, embed.end))({ type: LENS_EMBED_NODE, config: embed.config, ...(embed.error ? { error: embed.error } : {}) });
};
tokenizeLensEmbed.locator = (value, fromIndex) => value.indexOf(LENS_EMBED_MARKER, fromIndex);
tokenizeLensEmbed.notInLink = true;

const isBlank = (node: MdNode) => node.type === 'break' || (node.type === 'text' && (node.value ?? '').trim() === '');

/** Splits each paragraph holding an embed into the text before it, the embed, and the text after it. */
function liftEmbeds(parent: MdNode): void {
  if (!parent.children) return;
  const lifted: MdNode[] = [];
  for (const child of parent.children) {
    if (child.type !== 'paragraph' || !child.children?.some((node) => node.type === LENS_EMBED_NODE)) {
      liftEmbeds(child);
      lifted.push(child);
      continue;
    }
    let run: MdNode[] = [];
    const flush = () => {
      // The line breaks around an embed belonged to it: a paragraph of only those is dropped.
      if (run.some((node) => !isBlank(node))) lifted.push({ ...child, children: run });
      run = [];
    };
    for (const node of child.children) {
      if (node.type === LENS_EMBED_NODE) {
        flush();
        lifted.push(node);
      } else {
        run.push(node);
      }
    }
    flush();
  }
  parent.children = lifted;
}

export const lensEmbedParser: Plugin = function lensEmbedParser(this: { Parser: RemarkParser }) {
  const { inlineTokenizers, inlineMethods } = this.Parser.prototype;
  inlineTokenizers.lens = tokenizeLensEmbed;
  // Each processor gets its own copy of the parser (remark-parse subclasses it); the check keeps
  // a processor that applies the plugin twice from trying the tokenizer twice.
  if (!inlineMethods.includes('lens')) inlineMethods.splice(inlineMethods.indexOf('text'), 0, 'lens');
  return (tree: unknown) => liftEmbeds(tree as MdNode);
};
