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
function envContext(provenance: Provenance, path: string): ContextId | undefined {
  if (!isEnvFile(path)) return undefined;
  // An env file inside an archive or image ships with it, whatever git thinks of the archive.
  if (provenance.container) return 'committed-env';
  switch (provenance.kind) {
    case 'history':
    case 'staged':
      return 'committed-env';
    case 'worktree':
      if (provenance.git === 'tracked') return 'committed-env';
      if (provenance.git === 'ignored') return 'local-env';
      return undefined;
    case 'stdin':
    case 'url':
      return undefined;
  }
}

/**
 * Pure: a function of the blob's path (relative to the project root), bytes and provenance, of where
 * each key sits, and of the project's build outputs as `facts` tells them (without facts, names alone).
 */
export function classify(blob: Blob, candidates: readonly Candidate[], facts?: ProjectFacts): Classification[] {
  const { provenance } = blob;
  // A member of an archive is judged by its path inside it (a client bundle inside an apk is client
  // code), without the facts of the project on disk; a compressed copy of a project file keeps them.
  const path = provenance.container?.contextPath ?? provenance.path;
  const ownFacts = provenance.container && !provenance.container.inProject ? undefined : facts;
  // Everything a site serves is downloaded by browsers.
  const exposure: ExposureVerdict = provenance.kind === 'url' ? { exposure: 'client', reason: 'served-by-site' } : exposureOf(path, blob.bytes, ownFacts);
  const env = envContext(provenance, path);
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
