import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = process.env.API_PROXY_TARGET ?? 'http://127.0.0.1:3000';

/**
 * Modules known to have no side effects but their exports, so that the bundle keeps only the parts used (undefined:
 * the package's own `sideEffects` field decides). The contract: the login page takes the auth routes, not every
 * route's schemas. rc-field-form and its validator: antd's Input reads Form's context (FormProvider), which without
 * this brings all of antd Form's engine to the login page, which has no antd Form. Audited: their top-level code only
 * defines and decorates their own exports.
 */
const PURE_MODULES = /[\\/]packages[\\/]contract[\\/]src[\\/]|[\\/]@rc-component[\\/](form|async-validator)[\\/]/;

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      treeshake: { moduleSideEffects: (id: string) => (PURE_MODULES.test(id) ? false : undefined) },
      output: {
        codeSplitting: {
          groups: [{ name: 'react-vendor', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 }],
        },
      },
    },
  },
});
