/**
 * Whether a value fits its observable type: one check per built-in type, shared by the server
 * (the observables API, auto-extraction) and the browser (the inline error of the Observables
 * tab), so both refuse the same values with the same words.
 *
 * Where we differ from Kibana, on purpose (docs/api.md, Observables, lists them):
 * - IPv4 is four-part decimal only (`1.2.3.4`): ipaddr.js also parses `0x7f.1`, `127.1` and
 *   `017.0.0.1`, forms an indicator should not hide behind. IPv6 zone ids (`%eth0`) name a local
 *   interface, not an indicator, and are refused; an embedded IPv4 tail must be four-part decimal.
 * - Email is one bare address (`a@example.com`): no display name, comment or list, and the
 *   domain needs a dot (Kibana accepts a whole address list).
 * - Domains may have any number of labels (Kibana's rule takes exactly two); host names,
 *   paths, agent ids and custom types accept hyphens, spaces in paths and the like, which
 *   Kibana's one generic pattern refuses.
 * Values are never trimmed (Kibana does not), but a value with leading or trailing whitespace is
 * refused: `1.2.3.4 ` and `1.2.3.4` would otherwise be two observables.
 */
import ipaddr from 'ipaddr.js';
import emailAddresses from 'email-addresses';
import { MAX_OBSERVABLE_VALUE_LENGTH } from '../constants';

/** The 400 a refused value gets; it names the value and the type key, as Kibana's does. */
export const invalidObservableValueMessage = (value: string, typeKey: string): string =>
  `Observable value "${value}" is not valid for selected observable type ${typeKey}.`;

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
const WHITESPACE = /\s/;

const isIpv4 = (value: string): boolean => ipaddr.IPv4.isValidFourPartDecimal(value);

function isIpv6(value: string): boolean {
  if (!value.includes(':') || value.includes('%')) return false;
  // ipaddr.js reads the IPv4 tail of `::ffff:1.2.3.4` as loosely as any IPv4 (`0x1.2.3.4`).
  const tail = value.slice(value.lastIndexOf(':') + 1);
  if (tail.includes('.') && !isIpv4(tail)) return false;
  return ipaddr.IPv6.isValid(value);
}

const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
/** A top-level domain: letters, or an internationalised one in its punycode form (`xn--p1ai`). */
const TLD = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;
const MAX_DNS_NAME_LENGTH = 253;

/** RFC 1035/1123 labels: 1–63 letters, digits and hyphens, no hyphen at either end; 253 at most in all. */
function dnsLabels(value: string): string[] | undefined {
  if (value.length > MAX_DNS_NAME_LENGTH) return undefined;
  const labels = value.split('.');
  return labels.every((label) => LABEL.test(label)) ? labels : undefined;
}

function isDomain(value: string): boolean {
  const labels = dnsLabels(value);
  return labels !== undefined && labels.length >= 2 && TLD.test(labels[labels.length - 1]);
}

/**
 * Domain rules, but one label is enough (`web-01`). An all-digit last label is refused: RFC
 * 1123 keeps host names apart from dotted-decimal addresses, which have their own type.
 */
function isHostname(value: string): boolean {
  const labels = dnsLabels(value);
  return labels !== undefined && !/^\d+$/.test(labels[labels.length - 1]);
}

function isUrl(value: string): boolean {
  // The WHATWG parser drops tabs and newlines and reads `http:example.com` as a URL; an
  // indicator is written out in full, scheme and `//` included, with no whitespace.
  if (WHITESPACE.test(value) || !/^(?:https?|ftp):\/\//i.test(value)) return false;
  try {
    return new URL(value).hostname.length > 0;
  } catch {
    return false;
  }
}

function isEmail(value: string): boolean {
  const parsed = emailAddresses.parseOneAddress({ input: value, rejectTLD: true });
  // The parser also reads `Name <a@b.co>` and `a(comment)@b.co`; only the bare address is a value.
  return parsed !== null && parsed.type === 'mailbox' && parsed.address === value;
}

/** Hex digests: md5, sha1 (and Apple's cdhash), sha256, sha384, sha512. */
const HEX_DIGEST = /^(?:[0-9A-Fa-f]{32}|[0-9A-Fa-f]{40}|[0-9A-Fa-f]{64}|[0-9A-Fa-f]{96}|[0-9A-Fa-f]{128})$/;
/** ssdeep: `blocksize:hash:hash`, the hashes in base64 characters (64 and 32 at most; 64 for both, leniently). */
const SSDEEP = /^[1-9]\d{0,9}:[A-Za-z0-9+/]{1,64}:[A-Za-z0-9+/]{1,64}$/;
/** TLSH: 128 or 256 buckets with a 1- or 3-byte checksum (70, 74, 134, 138 hex), `T1` version prefix optional. */
const TLSH = /^(?:T1)?(?:[0-9A-Fa-f]{70}|[0-9A-Fa-f]{74}|[0-9A-Fa-f]{134}|[0-9A-Fa-f]{138})$/;

const isFileHash = (value: string): boolean => HEX_DIGEST.test(value) || SSDEEP.test(value) || TLSH.test(value);

/** Any text but control characters: Windows paths with spaces, custom types' values. */
const isPrintable = (value: string): boolean => !CONTROL_CHARACTERS.test(value);

const isAgentId = (value: string): boolean => !WHITESPACE.test(value) && isPrintable(value);

/** The check of each built-in type key; any other key (an owner's custom type) takes `isPrintable`. */
export const OBSERVABLE_VALUE_CHECKS: Readonly<Record<string, (value: string) => boolean>> = {
  'observable-type-ipv4': isIpv4,
  'observable-type-ipv6': isIpv6,
  'observable-type-url': isUrl,
  'observable-type-hostname': isHostname,
  'observable-type-file-hash': isFileHash,
  'observable-type-file-path': isPrintable,
  'observable-type-email': isEmail,
  'observable-type-domain': isDomain,
  'observable-type-agent-id': isAgentId,
};

export function isValidObservableValue(typeKey: string, value: string): boolean {
  if (value.length === 0 || value.length > MAX_OBSERVABLE_VALUE_LENGTH || value.trim() !== value) return false;
  if (CONTROL_CHARACTERS.test(value)) return false;
  const check = Object.prototype.hasOwnProperty.call(OBSERVABLE_VALUE_CHECKS, typeKey) ? OBSERVABLE_VALUE_CHECKS[typeKey] : isPrintable;
  return check(value);
}

/** The message to show or answer with, or undefined when the value fits its type. */
export const validateObservableValue = (typeKey: string, value: string): string | undefined =>
  isValidObservableValue(typeKey, value) ? undefined : invalidObservableValueMessage(value, typeKey);
