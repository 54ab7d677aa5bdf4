import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

// The test harness shares one install of node_modules one directory up between the three Next builds.
const installRoot = dirname(dirname(fileURLToPath(import.meta.url)));

export default {
  output: process.env.CAIBO_NEXT_OUTPUT || undefined,
  productionBrowserSourceMaps: true,
  turbopack: { root: installRoot },
  outputFileTracingRoot: installRoot,
};
