import { isLeft, isRight } from 'fp-ts/lib/Either';
import { casesConfigSchema, resolveCasesConfig } from './config';

const decode = (config: unknown) => casesConfigSchema.decode(config);

describe('xpack.cases settings', () => {
  it('fills in the defaults', () => {
    const decoded = decode({});
    if (isLeft(decoded)) throw new Error('the empty config was refused');
    expect(resolveCasesConfig(decoded.right)).toEqual({
      alerts: { index: '.alerts-security.alerts-{spaceId}', maxPerCase: 100_000 },
      events: { index: 'cases-events-{spaceId}' },
      configure: { maxCustomFields: 10, maxTemplates: 10, maxObservableTypes: 10 },
      files: { maxSize: 100 * 1024 * 1024, maxImageSize: 10 * 1024 * 1024, maxPerCase: 100, allowedMimeTypes: expect.arrayContaining(['image/png', 'text/plain', 'application/zip', 'application/pdf']) },
      observables: { maxPerCase: 50 },
    });
  });

  it('reads the file limits, lowercases MIME types, keeps an image under any file cap, and refuses what is not a MIME type', () => {
    const decoded = decode({ files: { maxSize: 1024, maxImageSize: 4096, maxPerCase: 3, allowedMimeTypes: ['Text/Plain'] }, observables: { maxPerCase: 7 } });
    if (isLeft(decoded)) throw new Error('valid file settings were refused');
    expect(resolveCasesConfig(decoded.right)).toMatchObject({
      files: { maxSize: 1024, maxImageSize: 1024, maxPerCase: 3, allowedMimeTypes: ['text/plain'] },
      observables: { maxPerCase: 7 },
    });
    for (const bad of ['text', 'text/html; charset=utf-8', '', 'a/b/c']) expect([bad, isLeft(decode({ files: { allowedMimeTypes: [bad] } }))]).toEqual([bad, true]);
    expect(isLeft(decode({ files: { maxSize: 0 } }))).toBe(true);
  });

  it('reads alerts.maxPerCase from YAML (a number) and from a flag (text), within 1..1,000,000', () => {
    const fromFlag = decode({ alerts: { maxPerCase: '200000' } });
    if (isLeft(fromFlag)) throw new Error('a numeric flag value was refused');
    expect(resolveCasesConfig(fromFlag.right).alerts.maxPerCase).toBe(200_000);
    expect(isRight(decode({ alerts: { maxPerCase: 1_000_000 } }))).toBe(true);
    for (const bad of [0, 1_000_001, 1.5, '12abc', '', '2000000', -1]) expect([bad, isLeft(decode({ alerts: { maxPerCase: bad } }))]).toEqual([bad, true]);
  });

  it('reads the configure caps, 1 to 100 each, from YAML and from flags', () => {
    const raised = decode({ configure: { maxCustomFields: 20, maxTemplates: '100', maxObservableTypes: 1 } });
    if (isLeft(raised)) throw new Error('valid caps were refused');
    expect(resolveCasesConfig(raised.right).configure).toEqual({ maxCustomFields: 20, maxTemplates: 100, maxObservableTypes: 1 });
    for (const bad of [0, 101, 2.5, 'ten']) expect([bad, isLeft(decode({ configure: { maxCustomFields: bad } }))]).toEqual([bad, true]);
    expect(isLeft(decode({ configure: { maxFields: 10 } }))).toBe(true);
  });

  it('refuses index patterns without {spaceId}, with wildcards or upper case, and unknown keys', () => {
    expect(isRight(decode({ alerts: { index: 'my-alerts-{spaceId}' }, events: { index: 'ev-{spaceId}' } }))).toBe(true);
    for (const index of ['alerts', 'alerts-*-{spaceId}', 'Alerts-{spaceId}', 'a,b-{spaceId}', '_x-{spaceId}']) {
      expect([index, isLeft(decode({ alerts: { index } }))]).toEqual([index, true]);
    }
    expect(isLeft(decode({ alerts: { size: 1 } }))).toBe(true);
  });
});
