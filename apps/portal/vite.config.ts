import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// The API serves this build at the site root; the admin console lives under /admin/.
export default defineConfig({
  base: '/',
  plugins: [vue()],
  define: {
    // Name vue-i18n's feature flags so the bundler drops the legacy API and devtools code.
    __VUE_I18N_FULL_INSTALL__: 'true',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  build: { target: 'es2022', sourcemap: true },
});
