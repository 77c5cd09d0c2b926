import { describe, expect, it } from 'vitest';
import { withQuery } from './client';
import { detailLines } from './errors';

describe('detailLines', () => {
  it('normalises validation, import and plain details', () => {
    expect(detailLines([{ path: 'body.name', message: 'too short' }])).toEqual([
      { path: 'name', message: 'too short' },
    ]);
    expect(detailLines({ errors: [{ row: 3, column: 'gender', message: 'unknown' }] })).toEqual([
      { row: 3, column: 'gender', message: 'unknown' },
    ]);
    expect(detailLines({ reason: 'bad' })).toEqual([{ message: 'bad' }]);
    expect(detailLines(undefined)).toEqual([]);
  });
});

describe('withQuery', () => {
  it('leaves out empty values', () => {
    expect(withQuery('/api/deputies', { page: 1, q: '', termId: undefined, status: 'in_office' })).toBe(
      '/api/deputies?page=1&status=in_office',
    );
    expect(withQuery('/api/terms', {})).toBe('/api/terms');
  });
});
