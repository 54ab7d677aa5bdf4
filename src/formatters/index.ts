import { formatBaseline } from '../baseline.js';
import type { Report } from '../types.js';
import { formatDefaults, redacting, type Formatter, type FormatOptions } from './format.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatCodeQuality, formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

const builtIn = {
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

export type FormatName = keyof typeof builtIn;

/** Name to formatter, options optional (formatDefaults); the CLI's --format choices are this object's keys. */
export const formatters = Object.fromEntries(
  Object.entries(builtIn).map(([name, format]) => [name, (report: Report, options?: FormatOptions) => format(report, formatDefaults(options))]),
) as Record<FormatName, (report: Report, options?: FormatOptions) => string>;

export type { FormatOptions, Formatter, ResolvedFormatOptions } from './format.js';
