/**
 * docs/data-model.md lists every field of each object schema in a table under
 * a "### `XSchema`" heading; this keeps those tables equal to the schemas
 * (exported from `gt-corpus/schemas`, src/schemas.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/schemas';

const doc = readFileSync(resolve(import.meta.dirname, '../../docs/data-model.md'), 'utf8');

/** Schema name → field names in the first table after its heading. */
function documentedTables(): Map<string, string[]> {
  const tables = new Map<string, string[]>();
  for (const section of doc.split(/^### /m).slice(1)) {
    const name = /^`(\w+Schema)`/.exec(section)?.[1];
    if (!name) continue;
    const rows = section.split('\n').filter((line) => /^\| `/.test(line));
    tables.set(name, rows.map((row) => /^\| `([^`]+)`/.exec(row)![1]!));
  }
  return tables;
}

describe('docs/data-model.md', () => {
  const tables = documentedTables();

  it('has a table for every exported object schema', () => {
    const objectSchemas = Object.entries(api)
      .filter(([name, value]) => name.endsWith('Schema') && typeof value === 'object' && value !== null && 'shape' in value)
      .map(([name]) => name)
      .sort();
    expect([...tables.keys()].sort()).toEqual(objectSchemas);
  });

  for (const [name, fields] of tables) {
    it(`${name}: the table lists exactly the schema's fields, in order`, () => {
      const schema = (api as unknown as Record<string, { shape: Record<string, unknown> }>)[name]!;
      expect(fields).toEqual(Object.keys(schema.shape));
    });
  }
});
