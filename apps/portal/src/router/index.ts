import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import HomeView from '../views/home/HomeView.vue';

export function createPortalRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  return createRouter({
    history,
    routes: [
      // The home page is in the first bundle: it is where nearly everyone lands.
      { path: '/', name: 'home', component: HomeView },
      {
        path: '/services/:program',
        name: 'service',
        component: () => import('../views/services/ServiceView.vue'),
        props: true,
      },
      { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('../views/errors/NotFoundView.vue') },
    ],
    scrollBehavior: () => ({ top: 0 }),
  });
}
