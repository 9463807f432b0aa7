/**
 * The validator the contract suite leans on: if it accepted everything, every other test in
 * this folder would pass for nothing. So it is tested on small schemas first, then on our
 * contract (docs/openapi.yaml) with bodies that must be refused.
 */
import { loadContract, OpenApiContract, toJsonSchema } from './openapi_validator';

const tiny = (schemas: Record<string, unknown>, paths: Record<string, unknown> = {}) =>
  new OpenApiContract({ openapi: '3.0.3', paths, components: { schemas } } as never);

describe('toJsonSchema', () => {
  it('turns nullable on a typed schema into a type union, and on an enum adds null to the enum', () => {
    expect(toJsonSchema({ type: 'string', nullable: true, example: 'x' })).toEqual({ type: ['string', 'null'] });
    expect(toJsonSchema({ type: 'string', enum: ['a', 'b'], nullable: true })).toEqual({ type: ['string', 'null'], enum: ['a', 'b', null] });
  });

  it('wraps a nullable $ref in anyOf with null and turns a plain oneOf into anyOf', () => {
    expect(toJsonSchema({ $ref: '#/components/schemas/x', nullable: true })).toEqual({
      anyOf: [{ type: 'null' }, { $ref: '#/components/schemas/x' }],
    });
    expect(toJsonSchema({ oneOf: [{ type: 'string' }, { type: 'boolean' }] })).toEqual({ anyOf: [{ type: 'string' }, { type: 'boolean' }] });
  });

  it('drops OpenAPI-only annotations at every depth', () => {
    const converted = JSON.stringify(toJsonSchema({ type: 'object', properties: { a: { type: 'integer', example: 3, 'x-state': 'beta' } } }));
    expect(converted).not.toMatch(/example|x-state/);
  });
});

describe('OpenApiContract on small schemas', () => {
  const contract = tiny({
    who: { type: 'object', required: ['name'], properties: { name: { type: 'string', nullable: true } }, nullable: true },
    colour: { type: 'string', enum: ['red', 'blue'] },
    nullableColour: { type: 'string', enum: ['red', 'blue'], nullable: true },
    holder: { type: 'object', required: ['who', 'colour'], properties: { who: { $ref: '#/components/schemas/who' }, colour: { $ref: '#/components/schemas/colour' } } },
    cat: { type: 'object', required: ['kind', 'meow'], properties: { kind: { type: 'string', enum: ['cat'] }, meow: { type: 'boolean' } } },
    dog: { type: 'object', required: ['kind', 'bark'], properties: { kind: { type: 'string', enum: ['dog'] }, bark: { type: 'integer' } } },
    pet: {
      oneOf: [{ $ref: '#/components/schemas/cat' }, { $ref: '#/components/schemas/dog' }],
      discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/cat', dog: '#/components/schemas/dog' } },
    },
    stringOrBool: { oneOf: [{ type: 'string', maxLength: 3 }, { type: 'boolean' }] },
  });

  it('accepts null where nullable says so, through a $ref too, and refuses it elsewhere', () => {
    expect(contract.validate({ $ref: '#/components/schemas/holder' }, { who: null, colour: 'red' })).toEqual([]);
    expect(contract.validate({ $ref: '#/components/schemas/holder' }, { who: { name: null }, colour: 'red' })).toEqual([]);
    expect(contract.validate({ $ref: '#/components/schemas/holder' }, { who: null, colour: null })).not.toEqual([]);
    expect(contract.validate({ $ref: '#/components/schemas/nullableColour' }, null)).toEqual([]);
    expect(contract.validate({ $ref: '#/components/schemas/nullableColour' }, 'green')).not.toEqual([]);
  });

  it('rejects an invalid body: wrong type, missing required key, value outside the enum', () => {
    const errors = contract.validate({ $ref: '#/components/schemas/holder' }, { who: { name: 5 }, colour: 'green' });
    expect(errors.join('\n')).toMatch(/\/who\/name/);
    expect(errors.join('\n')).toMatch(/\/colour must be equal to one of the allowed values/);
    expect(contract.validate({ $ref: '#/components/schemas/holder' }, { colour: 'red' }).join('\n')).toMatch(/must have required property 'who'/);
    expect(() => contract.expectToMatchComponent('holder', {})).toThrow(/does not match components\.schemas\.holder/);
  });

  it('honours a discriminator: the named branch must match, an unknown kind fails', () => {
    expect(contract.validate({ $ref: '#/components/schemas/pet' }, { kind: 'cat', meow: true })).toEqual([]);
    expect(contract.validate({ $ref: '#/components/schemas/pet' }, { kind: 'cat', bark: 1 }).join('\n')).toMatch(/meow/);
    expect(contract.validate({ $ref: '#/components/schemas/pet' }, { kind: 'cow' })).not.toEqual([]);
    expect(contract.validate({ $ref: '#/components/schemas/pet' }, 'cat')).not.toEqual([]);
  });

  it('checks oneOf alternatives: one matching branch is enough, none is an error', () => {
    expect(contract.validate({ $ref: '#/components/schemas/stringOrBool' }, 'abc')).toEqual([]);
    expect(contract.validate({ $ref: '#/components/schemas/stringOrBool' }, false)).toEqual([]);
    expect(contract.validate({ $ref: '#/components/schemas/stringOrBool' }, 'abcd')).not.toEqual([]);
    expect(contract.validate({ $ref: '#/components/schemas/stringOrBool' }, 1)).not.toEqual([]);
  });

  it('picks the operation by method and path, with a space prefix, and the error schema for 4xx', () => {
    const withPaths = tiny(
      { '4xx_response': { type: 'object', properties: { statusCode: { type: 'integer' }, error: { type: 'string' }, message: { type: 'string' } } } },
      {
        '/api/pets/{petId}': {
          get: { responses: { '200': { content: { 'application/json': { schema: { type: 'object', required: ['id'] } } } } } },
          delete: { responses: { '204': { description: 'gone' } } },
        },
        '/api/pets/_find': { get: { responses: { '200': { content: { 'application/json': { schema: { type: 'array' } } } } } } },
      },
    );
    expect(() => withPaths.expectResponseToMatch('GET', '/s/eu/api/pets/7?x=1', 200, { id: '7' })).not.toThrow();
    expect(() => withPaths.expectResponseToMatch('GET', '/api/pets/7', 200, { name: 'x' })).toThrow(/GET \/api\/pets\/\{petId\} 200[\s\S]*'id'/);
    expect(() => withPaths.expectResponseToMatch('GET', '/api/pets/_find', 200, [])).not.toThrow();
    expect(() => withPaths.expectResponseToMatch('GET', '/api/pets/7', 404, { statusCode: 404, error: 'Not Found', message: 'x' })).not.toThrow();
    expect(() => withPaths.expectResponseToMatch('GET', '/api/pets/7', 404, { statusCode: '404' })).toThrow(/4xx_response/);
    expect(() => withPaths.expectResponseToMatch('DELETE', '/api/pets/7', 204, '')).not.toThrow();
    expect(() => withPaths.expectResponseToMatch('DELETE', '/api/pets/7', 204, { a: 1 })).toThrow(/no body/);
    expect(() => withPaths.expectResponseToMatch('PUT', '/api/pets/7', 200, {})).toThrow(/no operation PUT/);
    expect(() => withPaths.expectResponseToMatch('GET', '/api/pets/7', 201, {})).toThrow(/no 201 answer/);
  });

  it('follows response $refs, uses the 5XX class, and leaves non-JSON pages to their media type', () => {
    const error = { $ref: '#/components/responses/error' };
    const withRefs = new OpenApiContract({
      openapi: '3.0.3',
      paths: {
        '/api/health': { get: { responses: { '200': { $ref: '#/components/responses/page' }, '5XX': error } } },
        '/api/broken': { get: { responses: { '200': { $ref: '#/components/responses/missing' } } } },
      },
      components: {
        schemas: { '4xx_response': { type: 'object', required: ['statusCode'], properties: { statusCode: { type: 'integer' } } } },
        responses: {
          error: { description: 'e', content: { 'application/json': { schema: { $ref: '#/components/schemas/4xx_response' } } } },
          page: { description: 'p', content: { 'text/html': { schema: { type: 'string' } } } },
        },
      },
    } as never);
    expect(() => withRefs.expectResponseToMatch('GET', '/api/health', 200, '<html></html>')).not.toThrow();
    expect(() => withRefs.expectResponseToMatch('GET', '/api/health', 503, { statusCode: 503 })).not.toThrow();
    expect(() => withRefs.expectResponseToMatch('GET', '/api/health', 503, { status: 'down' })).toThrow(/GET \/api\/health 503[\s\S]*statusCode/);
    expect(() => withRefs.expectResponseToMatch('GET', '/api/broken', 200, {})).toThrow(/no #\/components\/responses\/missing/);
  });
});

describe('our contract, docs/openapi.yaml', () => {
  const contract = loadContract();
  const aCase = () => ({
    id: 'c1',
    version: 'WzEsMV0=',
    title: 't',
    description: 'd',
    tags: [],
    owner: 'cases',
    status: 'open',
    severity: 'low',
    settings: { syncAlerts: true },
    connector: { id: 'none', name: 'none', type: '.none', fields: null },
    observables: [],
    total_observables: 0,
    assignees: [],
    category: null,
    comments: [],
    totalComment: 0,
    totalAlerts: 0,
    totalEvents: 0,
    closed_at: null,
    closed_by: null,
    duration: null,
    created_at: '2024-01-01T00:00:00.000Z',
    created_by: { username: 'elastic', full_name: null, email: null },
    updated_at: null,
    updated_by: null,
    external_service: null,
  });

  it('accepts a well-formed case and refuses broken ones', () => {
    expect(contract.validate({ $ref: '#/components/schemas/case_response_properties' }, aCase())).toEqual([]);
    const badStatus = { ...aCase(), status: 'pending' };
    expect(() => contract.expectResponseToMatch('GET', '/api/cases/c1', 200, badStatus)).toThrow(/\/status must be equal to one of the allowed values/);
    const { version: _v, ...noVersion } = aCase();
    expect(() => contract.expectResponseToMatch('POST', '/api/cases', 200, noVersion)).toThrow(/'version'/);
    expect(() => contract.expectResponseToMatch('GET', '/api/cases/c1', 200, { ...aCase(), closed_at: 'yesterday' })).toThrow(/closed_at/);
    expect(() => contract.expectResponseToMatch('GET', '/api/cases/c1', 200, { ...aCase(), connector: { type: '.jira', id: 'x', name: 'x' } })).toThrow(
      /connector/,
    );
  });

  it('finds operations with literal segments before parameters, and knows the examples', () => {
    expect(contract.findOperation('GET', '/s/soc-eu/api/cases/_find').template).toBe('/api/cases/_find');
    expect(contract.findOperation('GET', '/api/cases/abc').template).toBe('/api/cases/{case_id}');
    expect(contract.findOperation('GET', '/api/cases/abc/resolve').template).toBe('/api/cases/{case_id}/resolve');
    expect(contract.example('create_case_request').owner).toBe('cases');
    expect(() => contract.example('nope')).toThrow(/no components\.examples\.nope/);
  });
});
