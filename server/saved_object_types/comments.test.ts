import { createCasesRegistries } from '../registries/cases_registries';
import { createCommentType } from './comments';
import { createCasesExchangeServices } from './exchange/exchange_services';

describe('the comments saved-object type', () => {
  it('maps the fields of attachment types registered after it was built, as plugins set up after Cases register theirs', () => {
    const registries = createCasesRegistries();
    const type = createCommentType(registries.attachments, createCasesExchangeServices());
    expect(type.mappings.properties.widgetId).toBeUndefined();
    registries.attachments.register({ type: 'widget', stored: { decode: () => { throw new Error('unused'); } } as never, mappings: { widgetId: { type: 'keyword' } } });
    expect(type.mappings.properties).toMatchObject({ widgetId: { type: 'keyword' }, case_id: { type: 'keyword' }, type: { type: 'keyword' } });
  });
});
