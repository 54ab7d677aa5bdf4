import type { Blob, Candidate, ContextId, Provenance } from '../types.js';
import { isClientBundle } from './client-bundle.js';
import { isExposedEnvAssignment, isInInlinedConfigBlock } from './exposed-env-var.js';
import { isEnvFile } from './paths.js';
import { isSourceMap, originalSources } from './source-map.js';
import { isInUrl } from './url.js';

/** Every context a candidate sits in; decide() picks the rule by the precedence in rules/. */
export interface Classification {
  contexts: ContextId[];
  originalSource?: string;
}

/** Committed or local, from provenance alone: the source already asked git. */
function envContext(provenance: Provenance): ContextId | undefined {
  if (!isEnvFile(provenance.path)) return undefined;
  switch (provenance.kind) {
    case 'history':
    case 'staged':
      return 'committed-env';
    case 'worktree':
      if (provenance.git === 'tracked') return 'committed-env';
      if (provenance.git === 'ignored') return 'local-env';
      return undefined;
    case 'stdin':
    case 'emitted':
      return undefined;
  }
}

/** Pure: a function of the blob's path, bytes and provenance, and of where each key sits. */
export function classify(blob: Blob, candidates: readonly Candidate[]): Classification[] {
  const { path } = blob.provenance;
  // A bundler's word on its own output outranks what the path and content suggest.
  const environment = blob.provenance.kind === 'emitted' ? blob.provenance.environment : undefined;
  const inBundle = environment ? environment === 'client' : isClientBundle(path, blob.bytes);
  const env = envContext(blob.provenance);
  const origins = isSourceMap(path)
    ? originalSources(blob.bytes, candidates.map((c) => c.secret.reveal()))
    : [];

  return candidates.map((candidate, index) => {
    const before = candidate.lineText.slice(0, candidate.keyIndexInLine);
    const contexts: ContextId[] = [];
    if (isExposedEnvAssignment(before) || isInInlinedConfigBlock(path, blob.bytes, candidate.start)) {
      contexts.push('exposed-env-var');
    }
    if (inBundle) contexts.push('client-bundle');
    if (isInUrl(before)) contexts.push('url');
    if (env) contexts.push(env);
    contexts.push('default');
    const classification: Classification = { contexts };
    const origin = origins[index];
    if (origin) classification.originalSource = origin;
    return classification;
  });
}
