import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

// CommonJS packages: under NodeNext their default export is the module object.
const Ajv04 = ajvDraft04.default;
const addFormats = ajvFormats.default;

// The official SARIF 2.1.0 schema (draft-04), as shipped by @microsoft/jest-sarif.
const sarifSchema = createRequire(import.meta.url)('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;

// unicodeRegExp: false, because the schema's `language` pattern is not valid under the `u` flag.
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(sarifSchema);

/** Schema errors of a SARIF log, as readable lines (empty when valid). */
export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
}
