import { defineEnvVars } from '@sveltejs/kit/env';

// SvelteKit 3 declares its variables; a public static one is inlined into client code at build time.
export const variables = defineEnvVars({ PUBLIC_CAIBO_KEY: { public: true, static: true } });
