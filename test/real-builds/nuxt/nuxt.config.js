export default defineNuxtConfig({
  compatibilityDate: '2026-01-01',
  devtools: { enabled: false },
  telemetry: false,
  sourcemap: { client: true, server: true },
  runtimeConfig: { public: { caiboKey: process.env.NUXT_PUBLIC_CAIBO_KEY } },
  nitro: { prerender: { routes: ['/'] } },
});
