import { createApp } from 'vue';
import App from './App.vue';
import { createApplicantApi } from './api/applicant';
import { createEmployerApi } from './api/employer';
import { createPortalApi } from './api/policies';
import { fetchSystemInfo } from './api/system';
import { useEmployerSession, useSession } from './composables/session';
import { APPLICANT_API_KEY } from './composables/useApplicantApi';
import { EMPLOYER_API_KEY } from './composables/useEmployerApi';
import { PORTAL_API_KEY } from './composables/usePortalApi';
import { createSystemInfo, SYSTEM_INFO_KEY } from './composables/useSystemInfo';
import { install as installI18n } from './modules/i18n';
import { createPortalRouter } from './router';
import './styles.css';

const app = createApp(App);

const apiBase = import.meta.env.VITE_API_BASE ?? '';
const browserFetch = (input: string, init?: RequestInit) => fetch(input, init);
const systemInfo = createSystemInfo(() => fetchSystemInfo(apiBase, browserFetch));
app.provide(SYSTEM_INFO_KEY, systemInfo);
app.provide(PORTAL_API_KEY, createPortalApi(apiBase, browserFetch));
const session = useSession();
app.provide(APPLICANT_API_KEY, createApplicantApi(apiBase, browserFetch, session.token));
app.provide(EMPLOYER_API_KEY, createEmployerApi(apiBase, browserFetch, useEmployerSession().token));
// Start the request before the first render so the skeleton is on screen for as short as possible.
void systemInfo.refresh();

installI18n(app);
app.use(createPortalRouter());
app.mount('#app');
