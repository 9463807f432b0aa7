/**
 * The one definition of how case markdown is parsed and rendered, shared by the renderer and
 * the editor's preview so that what an author previews is exactly what readers get, Lens chart
 * embeds (`!{lens{...}}`) included.
 */
import { type AnchorHTMLAttributes, type ImgHTMLAttributes } from 'react';
import {
  EuiLink,
  getDefaultEuiMarkdownParsingPlugins,
  getDefaultEuiMarkdownProcessingPlugins,
  getDefaultEuiMarkdownUiPlugins,
  type EuiMarkdownFormatProps,
} from '@elastic/eui';
import { LensEmbedRenderer } from './lens_embed_node';
import { LENS_EMBED_NODE, lensEmbedParser } from './lens_embed_parser';
import { remarkSafeNodes } from './remark_safe_nodes';
import { isSafeImageUrl, isSafeLinkUrl, SAFE_LINK_PROTOCOLS } from './safe_url';

type PluginList = NonNullable<EuiMarkdownFormatProps['parsingPluginList']>;

/**
 * Links leave the app in a new tab and never hand it `window.opener` or a referrer. The URL
 * is checked again here, after parsing: whatever route a tree took, no unsafe href reaches
 * the DOM.
 */
function SafeLink({ href, children, title }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  if (!isSafeLinkUrl(href)) return <span data-test-subj="markdownUnsafeLink">{children}</span>;
  return (
    <EuiLink href={href} title={title} target="_blank" rel="noopener noreferrer" external data-test-subj="markdownLink">
      {children}
    </EuiLink>
  );
}

function SafeImage({ src, alt, title }: ImgHTMLAttributes<HTMLImageElement>) {
  if (!isSafeImageUrl(src)) return <span data-test-subj="markdownUnsafeImage">{alt}</span>;
  // No referrer: an image host must not learn which case was open.
  return <img src={src} alt={alt ?? ''} title={title} referrerPolicy="no-referrer" style={{ maxWidth: '100%' }} />;
}

export function getSafeParsingPlugins(): PluginList {
  const plugins = getDefaultEuiMarkdownParsingPlugins({
    linkValidator: { allowRelative: true, allowDocumentRelative: false, allowProtocols: [...SAFE_LINK_PROTOCOLS] },
  });
  // The safety pass runs last, over the embeds' nodes too.
  return [...plugins, [lensEmbedParser, {}], [remarkSafeNodes, {}]];
}

export function getSafeProcessingPlugins(): PluginList {
  const plugins = getDefaultEuiMarkdownProcessingPlugins();
  // [remark-rehype, rehype-react]: EUI documents replacing rehype-react's components this way.
  const rehypeReactOptions = (plugins[1] as [unknown, { components: Record<string, unknown> }])[1];
  // EUI's processing turns a node type it has no handler for into an element of that name.
  rehypeReactOptions.components = { ...rehypeReactOptions.components, a: SafeLink, img: SafeImage, [LENS_EMBED_NODE]: LensEmbedRenderer };
  return plugins;
}

// Built once: the lists are static and EuiMarkdownFormat re-parses when their identity changes.
export const safeParsingPlugins = getSafeParsingPlugins();
export const safeProcessingPlugins = getSafeProcessingPlugins();
export const safeUiPlugins = getDefaultEuiMarkdownUiPlugins();
