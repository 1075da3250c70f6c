import type { RouteRecordRaw } from 'vue-router';
import { SYSTEM_ROLES } from '../composables/menu';

declare module 'vue-router' {
  interface RouteMeta {
    /** Open without a session (only the login page). */
    public?: boolean;
    /** At least one of these roles is needed. */
    roles?: readonly string[];
    /** The `:program` param must be a program this deployment has turned on. */
    program?: boolean;
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('../views/login/LoginView.vue'),
    meta: { public: true },
  },
  {
    path: '/',
    component: () => import('../views/layout/ConsoleLayout.vue'),
    children: [
      { path: '', name: 'home', component: () => import('../views/home/HomeView.vue') },
      {
        path: 'programs/:program',
        name: 'program',
        component: () => import('../views/programs/ProgramView.vue'),
        meta: { program: true },
      },
      {
        path: 'policies',
        name: 'policies',
        component: () => import('../views/policies/PolicyView.vue'),
      },
      {
        path: 'system',
        name: 'system',
        component: () => import('../views/system/SystemView.vue'),
        meta: { roles: SYSTEM_ROLES },
      },
      {
        path: 'system/calendar',
        name: 'calendar',
        component: () => import('../views/system/calendar/CalendarView.vue'),
        meta: { roles: SYSTEM_ROLES },
      },
      {
        path: 'forbidden',
        name: 'forbidden',
        component: () => import('../views/errors/ErrorView.vue'),
        props: { kind: 'forbidden' },
      },
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: () => import('../views/errors/ErrorView.vue'),
        props: { kind: 'not-found' },
      },
    ],
  },
];
