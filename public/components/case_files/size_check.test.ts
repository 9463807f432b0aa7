import { sizeRefusal } from './size_check';

const limits = { maxSize: 1000, maxImageSize: 100, maxPerCase: 5 };

describe('the size check before an upload', () => {
  it('holds images to the image cap and other files to the file cap, at the edge and one past it', () => {
    expect(sizeRefusal({ size: 100, type: 'image/png' }, limits)).toBeUndefined();
    expect(sizeRefusal({ size: 101, type: 'image/png' }, limits)).toBe('File is too large: the maximum is 100 bytes');
    expect(sizeRefusal({ size: 1000, type: 'application/zip' }, limits)).toBeUndefined();
    expect(sizeRefusal({ size: 1001, type: '' }, limits)).toBe('File is too large: the maximum is 1000 bytes');
  });
});
