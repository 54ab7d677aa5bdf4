import { inspect } from 'node:util';
import { sha256 } from './sha256.js';

const REDACTED_BODY_CHARS = 4;

/**
 * A key found by the scan. It redacts itself in every implicit conversion (string, JSON,
 * util.inspect, template literals) so no report, log or error can print it by accident;
 * only `reveal()` gives the raw value, and only formatters call it, under --show-secrets.
 */
export class Secret {
  readonly #value: string;
  readonly redacted: string;
  /** SHA-256 of the key, hex: used in fingerprints, never reversible into the key. */
  readonly hash: string;

  /** `prefixLength`: the pattern's literal prefix, which is not secret and stays visible. */
  constructor(value: string, prefixLength: number) {
    this.#value = value;
    this.redacted = redact(value, prefixLength);
    this.hash = sha256(value);
  }

  reveal(): string {
    return this.#value;
  }

  get length(): number {
    return this.#value.length;
  }

  toString(): string {
    return this.redacted;
  }

  toJSON(): string {
    return this.redacted;
  }

  [inspect.custom](): string {
    return `Secret(${this.redacted})`;
  }
}

/** Prefix plus at most four body characters: enough to tell keys apart, useless to an attacker. */
export function redact(value: string, prefixLength: number): string {
  const prefix = value.slice(0, prefixLength);
  const body = value.slice(prefixLength);
  const shown = body.length >= 20 ? REDACTED_BODY_CHARS : Math.min(2, body.length);
  return `${prefix}${body.slice(0, shown)}${'*'.repeat(8)}`;
}
