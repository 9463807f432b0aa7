import { createHarness, newCase, type Harness } from '../__fixtures__/client_harness';
import { parseDateMath } from './date_math';

const NOW = new Date('2024-05-15T10:20:30.000Z');

describe('parseDateMath', () => {
  it.each([
    ['now', '2024-05-15T10:20:30.000Z'],
    ['now-1d/d', '2024-05-14T00:00:00.000Z'],
    ['now+1M-2h', '2024-06-15T08:20:30.000Z'],
    ['2024-01-02', '2024-01-02T00:00:00.000Z'],
    ['0', '1970-01-01T00:00:00.000Z'],
    ['0000-01-01T00:00:00.000Z', '0000-01-01T00:00:00.000Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
    ['now+7975y', '9999-05-15T10:20:30.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseDateMath(text, NOW)).toEqual({ iso });
  });

  it.each([
    // Each of these threw RangeError from toISOString() on an invalid date: a 500.
    ['9007199254740992'],
    ['8640000000000001'],
    ['9'.repeat(100)],
    ['now-1000000000y'],
    ['now+1000000000M'],
    ['now-99999999999999999999d'],
    ['now-1000000000y/d'],
    // Valid JavaScript dates, but five-digit or negative years do not compare as stored dates do.
    ['now+7976y'],
    ['now-2025y'],
    ['253402300800000'],
    ['9999-12-31T23:59:59.999-01:00'],
  ])('refuses %s as out of range, without throwing', (text) => {
    expect(parseDateMath(text, NOW)).toEqual({ invalid: 'range' });
  });

  it.each([['yesterday'], ['now-1x'], ['-1'], ['2024-13-45'], ['']])('refuses %s as not a date', (text) => {
    expect(parseDateMath(text, NOW)).toEqual({ invalid: 'syntax' });
  });
});

describe('out-of-range dates through the client', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
    await h.client().cases.create(newCase());
  });
  afterEach(() => h.close());

  it.each([
    [{ to: '9007199254740992' }, 'to'],
    [{ from: '8640000000000001' }, 'from'],
    [{ from: 'now-1000000000y' }, 'from'],
    [{ from: 'now-1d', to: 'now+1000000000y' }, 'to'],
  ])('find and metrics answer 400 naming the parameter for %o', async (dates, name) => {
    const message = `Invalid "from" and/or "to" query parameters: "${name}" must lie between 0000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z`;
    const client = h.client();
    await expect(client.cases.find(dates)).rejects.toMatchObject({ statusCode: 400, message });
    await expect(client.metrics.getCasesMetrics({ features: ['status'], ...dates })).rejects.toMatchObject({ statusCode: 400, message });
  });

  it('names the parameter that is not a date at all', async () => {
    await expect(h.client().cases.find({ from: 'now', to: 'tomorrow' })).rejects.toMatchObject({
      statusCode: 400,
      message: expect.stringMatching(/^Invalid "from" and\/or "to" query parameters: "to" must be an ISO date/),
    });
  });

  it('still finds with dates at the bounds', async () => {
    const found = await h.client().cases.find({ from: '0000-01-01T00:00:00.000Z', to: '9999-12-31T23:59:59.999Z' });
    expect(found.total).toBe(1);
  });
});
