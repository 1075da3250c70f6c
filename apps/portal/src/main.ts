import { createApp } from 'vue';
import App from './App.vue';
import { fetchSystemInfo } from './api/system';
import { createSystemInfo, SYSTEM_INFO_KEY } from './composables/useSystemInfo';
import { install as installI18n } from './modules/i18n';
import { createPortalRouter } from './router';
import './styles.css';

const app = createApp(App);

const systemInfo = createSystemInfo(() =>
  fetchSystemInfo(import.meta.env.VITE_API_BASE ?? '', (input, init) => fetch(input, init)),
);
app.provide(SYSTEM_INFO_KEY, systemInfo);
// Start the request before the first render so the skeleton is on screen for as short as possible.
void systemInfo.refresh();

installI18n(app);
app.use(createPortalRouter());
app.mount('#app');
