import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: ['src/main.js'],
  bundle: true,
  minify: true,
  sourcemap: true,
  outfile: 'public/js/app.js',
  define: { 'process.env.CAIBO_KEY': JSON.stringify(process.env.CAIBO_KEY) },
});
