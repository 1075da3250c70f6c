import type { RouteRecordRaw } from 'vue-router';
import type { ProgramId } from '@huimin/domain';
import { SYSTEM_ROLES } from '../composables/menu';
import { COUNTER_ROLES, WORKLIST_ROLES } from '../views/cases/worklist';
import { NOTICE_ROLES } from '../views/notices/notice-form';
import { PAYMENT_ROLES } from '../views/payments/payment-form';

declare module 'vue-router' {
  interface RouteMeta {
    /** Open without a session (only the login page). */
    public?: boolean;
    /** At least one of these roles is needed. */
    roles?: readonly string[];
    /** The `:program` param must be a program this deployment has turned on. */
    program?: boolean;
    /** This program must be turned on in this deployment. */
    requiresProgram?: ProgramId;
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
        path: 'skill-subsidy/cases',
        name: 'cases',
        component: () => import('../views/cases/WorklistView.vue'),
        meta: { roles: WORKLIST_ROLES, requiresProgram: 'skill-subsidy' },
      },
      {
        // Before `:id`, so "new" is never read as a case id.
        path: 'skill-subsidy/cases/new',
        name: 'case-new',
        component: () => import('../views/cases/CounterView.vue'),
        meta: { roles: COUNTER_ROLES, requiresProgram: 'skill-subsidy' },
      },
      {
        path: 'skill-subsidy/cases/:id',
        name: 'case',
        component: () => import('../views/cases/CaseView.vue'),
        meta: { roles: WORKLIST_ROLES, requiresProgram: 'skill-subsidy' },
      },
      {
        path: 'skill-subsidy/notices',
        name: 'notices',
        component: () => import('../views/notices/NoticeView.vue'),
        meta: { roles: NOTICE_ROLES, requiresProgram: 'skill-subsidy' },
      },
      {
        path: 'skill-subsidy/payments',
        name: 'payments',
        component: () => import('../views/payments/PaymentListView.vue'),
        meta: { roles: PAYMENT_ROLES, requiresProgram: 'skill-subsidy' },
      },
      {
        path: 'skill-subsidy/payments/:id',
        name: 'payment-batch',
        component: () => import('../views/payments/PaymentBatchView.vue'),
        meta: { roles: PAYMENT_ROLES, requiresProgram: 'skill-subsidy' },
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
