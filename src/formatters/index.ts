import { formatBaseline } from '../baseline.js';
import { redacting, type Formatter } from './format.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatCodeQuality, formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

/** Name to formatter; the CLI's --format choices are this object's keys. */
export const formatters = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  html: formatHtml,
  gitlab: formatGitlab,
  codequality: formatCodeQuality,
  junit: formatJunit,
  baseline: redacting((report) => formatBaseline(report)),
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;
export type { FormatOptions, Formatter } from './format.js';
