import replace from '@rollup/plugin-replace';

export default {
  input: 'src/main.js',
  output: { dir: 'dist', format: 'es', sourcemap: true },
  plugins: [replace({ preventAssignment: true, values: { 'process.env.CAIBO_KEY': JSON.stringify(process.env.CAIBO_KEY) } })],
};
