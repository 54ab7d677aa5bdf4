/** `import caiboScan from 'caibo-scan/webpack'`: fails the build when a live Caibo key is in what it emits. */
import { caiboScan } from './core.js';

export type { CaiboScanOptions } from './core.js';
export default caiboScan.webpack;
