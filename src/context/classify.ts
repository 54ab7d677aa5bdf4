import type { Blob, Candidate, ContextId, Provenance } from '../types.js';
import type { ProjectFacts } from './build-output.js';
import { exposureOf, type ExposureVerdict } from './exposure.js';
import { isExposedEnvAssignment, isInInlinedConfigBlock } from './exposed-env-var.js';
import { isEnvFile } from './paths.js';
import { isSourceMap, originalSources } from './source-map.js';
import { isInUrl } from './url.js';

/** Every context a candidate sits in; decide() picks the rule by the precedence in rules/. */
export interface Classification {
  contexts: ContextId[];
  /** Whether the file is sent to browsers, and the rule that decided (the same for every key of a blob). */
  exposure: ExposureVerdict;
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
      return undefined;
  }
}

/**
 * Pure: a function of the blob's path (relative to the project root), bytes and provenance, of where
 * each key sits, and of the project's build outputs as `facts` tells them (without facts, names alone).
 */
export function classify(blob: Blob, candidates: readonly Candidate[], facts?: ProjectFacts): Classification[] {
  const { path } = blob.provenance;
  const exposure = exposureOf(path, blob.bytes, facts);
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
    if (exposure.exposure === 'client') contexts.push('client-bundle');
    if (isInUrl(before)) contexts.push('url');
    if (env) contexts.push(env);
    contexts.push('default');
    const classification: Classification = { contexts, exposure };
    const origin = origins[index];
    if (origin) classification.originalSource = origin;
    return classification;
  });
}
