export default { build: { sourcemap: true, manifest: true } };
