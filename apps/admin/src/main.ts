import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { API_KEY, createApi, createHttpClient } from './api';
import { HTTP_KEY } from './composables/useHttp';
import { install as installI18n } from './modules/i18n';
import { createAppQueryClient, install as installQuery } from './modules/query';
import { createAppRouter } from './router';
import { useSessionStore } from './stores/session';
import './styles.css';

const app = createApp(App);
const pinia = createPinia();
app.use(pinia);

const session = useSessionStore(pinia);
const http = createHttpClient({
  baseUrl: import.meta.env.VITE_API_BASE ?? '',
  getToken: () => session.token,
  // The router watches the token and takes the user to the login page, which says why.
  onUnauthorized: () => session.signOut('expired'),
});
const api = createApi(http);
app.provide(API_KEY, api);
app.provide(HTTP_KEY, http);

const queryClient = createAppQueryClient();
installQuery(app, queryClient);
installI18n(app);
app.use(createAppRouter({ session, api, queryClient }));

app.mount('#app');
