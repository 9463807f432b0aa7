/**
 * The server's size caps, checked before a byte is sent: a file past them would be cut off by
 * the server mid-upload, and a browser then reports only that the connection closed, not why.
 * The wording is the server's 413 message, so the row reads the same either way.
 */
import { isImageMimeType } from '../../../common/files/mime_types';
import type { ConfigurationLimits } from '../../../common/types/api/configure_limits';

export function sizeRefusal(file: Pick<File, 'size' | 'type'>, limits: ConfigurationLimits['files']): string | undefined {
  const max = isImageMimeType(file.type) ? limits.maxImageSize : limits.maxSize;
  return file.size > max ? `File is too large: the maximum is ${max} bytes` : undefined;
}
