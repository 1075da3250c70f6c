import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import HomeView from '../views/home/HomeView.vue';

export function createPortalRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  return createRouter({
    history,
    routes: [
      // The home page is in the first bundle: it is where nearly everyone lands.
      { path: '/', name: 'home', component: HomeView },
      // The guide and the pre-check load on demand: they carry the policy wording and the forms,
      // which the home page does not need.
      {
        path: '/services/:program',
        name: 'service',
        component: () => import('../views/service/ServiceView.vue'),
        props: true,
      },
      {
        path: '/services/skill-subsidy/check',
        name: 'skill-subsidy-check',
        component: () => import('../views/service/PrecheckView.vue'),
      },
      { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('../views/errors/NotFoundView.vue') },
    ],
    scrollBehavior: () => ({ top: 0 }),
  });
}
