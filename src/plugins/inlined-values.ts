import type { EmittedFile } from '../sources/emitted.js';

/**
 * A value the bundler will paste into the code it builds: an env variable behind the public prefix
 * (Vite `envPrefix`, `NEXT_PUBLIC_`), a `define` / `DefinePlugin` entry, an `EnvironmentPlugin` key.
 */
export interface InlinedValue {
  /** `VITE_API_KEY`, `define:process.env.API_KEY`: what the error names. */
  name: string;
  value: unknown;
}

const asText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));

/**
 * Each value as a one-line file `env:NAME` holding `NAME=value`, so the scan that checks the output
 * (rules, placeholders, allow, baseline) checks it too, before the bundler has read a module.
 */
export const inlinedFiles = (values: readonly InlinedValue[]): EmittedFile[] =>
  values.map(({ name, value }) => ({ path: `env:${name}`, contents: `${name}=${asText(value)}\n` }));

/** The variables of `env` whose names start with one of the prefixes: what Vite and Next inline. */
export function prefixedVariables(env: Record<string, string | undefined>, prefixes: readonly string[]): InlinedValue[] {
  return Object.entries(env)
    .filter(([name, value]) => value !== undefined && prefixes.some((prefix) => prefix !== '' && name.startsWith(prefix)))
    .map(([name, value]) => ({ name, value }));
}
