import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import { useEmployerSession, useSession } from '../composables/session';
import HomeView from '../views/home/HomeView.vue';

export function createPortalRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  const router = createRouter({
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
      // Login and everything behind it load on demand too: the home page's first load stays small.
      { path: '/login', name: 'login', component: () => import('../views/auth/LoginView.vue') },
      {
        path: '/services/skill-subsidy/apply',
        name: 'skill-subsidy-apply',
        component: () => import('../views/apply/ApplyView.vue'),
        meta: { requiresLogin: true },
      },
      { path: '/me', redirect: '/me/cases' },
      { path: '/me/cases', name: 'my-cases', component: () => import('../views/cases/CasesView.vue'), meta: { requiresLogin: true } },
      {
        path: '/me/cases/:id',
        name: 'my-case',
        component: () => import('../views/cases/CaseView.vue'),
        props: true,
        meta: { requiresLogin: true },
      },
      // The employer area: its own login (credit code), kept apart from the person's.
      { path: '/employer', redirect: '/employer/batch' },
      { path: '/employer/login', name: 'employer-login', component: () => import('../views/employer/EmployerLoginView.vue') },
      {
        path: '/employer/batch',
        name: 'employer-batch',
        component: () => import('../views/employer/EmployerBatchView.vue'),
        meta: { requiresEmployer: true },
      },
      { path: '/notices', name: 'notices', component: () => import('../views/notices/NoticesView.vue') },
      { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('../views/errors/NotFoundView.vue') },
    ],
    scrollBehavior: () => ({ top: 0 }),
  });
  // Pages behind the login send the person to log in and bring them back afterwards.
  router.beforeEach((to) => {
    if (to.meta.requiresLogin && !useSession().state.current) return { name: 'login', query: { redirect: to.fullPath } };
    if (to.meta.requiresEmployer && !useEmployerSession().state.current) return { name: 'employer-login', query: { redirect: to.fullPath } };
    return true;
  });
  return router;
}
