import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// The API serves this build under /admin/, so every asset URL and the router history start there.
export default defineConfig({
  base: '/admin/',
  plugins: [vue()],
  define: {
    // vue-i18n ships every API behind these flags; naming them lets the bundler drop the legacy
    // (Options API) half and the devtools hooks instead of warning at start-up.
    __VUE_I18N_FULL_INSTALL__: 'true',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  build: { target: 'es2022', sourcemap: true },
});
