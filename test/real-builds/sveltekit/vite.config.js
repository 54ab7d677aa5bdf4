import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';

// SvelteKit 3 takes its options here (svelte.config.js is no longer read).
export default { plugins: [sveltekit({ adapter: adapter() })], build: { sourcemap: true } };
