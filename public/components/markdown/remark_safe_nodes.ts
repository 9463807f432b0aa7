/**
 * A remark plugin that leaves nothing executable in the markdown tree before it becomes React:
 * raw HTML becomes the text the author typed, and links or images whose URL is not on the
 * allow-list become text too. EUI's link validator covers inline links only; reference-style
 * links (`[x][1]` … `[1]: javascript:…`) and images pass it, so this walks every kind. The one
 * node of our own, a Lens chart embed, passes with nothing but its read config.
 */
import { LENS_EMBED_NODE } from './lens_embed_parser';
import { isSafeImageUrl, isSafeLinkUrl } from './safe_url';

interface MdNode {
  type: string;
  config?: unknown;
  error?: string;
  value?: string;
  url?: string;
  alt?: string | null;
  identifier?: string;
  title?: string | null;
  children?: MdNode[];
}

function textOf(node: MdNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

function toText(node: MdNode, value: string) {
  node.type = 'text';
  node.value = value;
  delete node.children;
  delete node.url;
  delete node.title;
  delete node.alt;
  delete node.identifier;
}

function keepOnly(node: MdNode, keys: string[]) {
  for (const key of Object.keys(node)) if (!keys.includes(key)) delete (node as unknown as Record<string, unknown>)[key];
}

function walk(node: MdNode, visit: (node: MdNode) => void) {
  visit(node);
  node.children?.forEach((child) => walk(child, visit));
}

export function remarkSafeNodes() {
  return (tree: MdNode) => {
    const unsafeDefinitions = new Set<string>();
    walk(tree, (node) => {
      if (node.type === 'definition' && !isSafeLinkUrl(node.url)) unsafeDefinitions.add((node.identifier ?? '').toLowerCase());
    });
    walk(tree, (node) => {
      switch (node.type) {
        case 'html':
          // Shown as typed: the author sees their markup, no browser ever parses it.
          toText(node, node.value ?? '');
          break;
        case 'link':
          if (!isSafeLinkUrl(node.url)) toText(node, `[${textOf(node)}](${node.url ?? ''})`);
          break;
        case 'image':
          if (!isSafeImageUrl(node.url)) toText(node, `![${node.alt ?? ''}](${node.url ?? ''})`);
          break;
        case 'linkReference':
        case 'imageReference':
          if (unsafeDefinitions.has((node.identifier ?? '').toLowerCase())) toText(node, node.type === 'imageReference' ? (node.alt ?? '') : textOf(node));
          break;
        case LENS_EMBED_NODE:
          // A chart embed is let through as read: its config is data a React component draws
          // (never markup or a URL), and it has no children. Anything else the parser may have
          // attached is dropped, so only `config` and `error` become the renderer's props.
          keepOnly(node, ['type', 'config', 'error', 'position']);
          break;
        case 'definition':
          // A definition renders nothing, but an unsafe one must not be resolvable either.
          if (!isSafeLinkUrl(node.url)) node.url = '';
          break;
        default:
          break;
      }
    });
  };
}
