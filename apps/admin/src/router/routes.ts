import type { RouteRecordRaw } from 'vue-router';
import type { ProgramId } from '@huimin/domain';
import { SYSTEM_ROLES } from '../composables/menu';
import { COUNTER_ROLES, WORKLIST_ROLES } from '../views/cases/worklist';
import { NOTICE_ROLES } from '../views/notices/notice-form';
import { PAYMENT_ROLES } from '../views/payments/payment-form';
import { AUDIT_ROLES, OBJECTION_ROLES, RATING_ROLES, RECOVERY_ROLES, STATISTICS_ROLES } from '../views/common/roles';
import { BANK_LAYOUT_ROLES } from '../views/bank-layouts/roles';
import { CASE_PAGE_ROLES } from '../views/cases/payee-reveal';

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
    // Outside the console layout: neither the screen nor the paper carries the menu and header.
    path: '/skill-subsidy/cases/:id/print',
    name: 'case-print',
    component: () => import('../views/print/CasePrintView.vue'),
    meta: { roles: WORKLIST_ROLES, requiresProgram: 'skill-subsidy' },
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
        meta: { roles: CASE_PAGE_ROLES, requiresProgram: 'skill-subsidy' },
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
        // Lazy like every page: ECharts comes with this chunk only, never with the first load.
        path: 'skill-subsidy/statistics',
        name: 'statistics',
        component: () => import('../views/statistics/StatisticsView.vue'),
        meta: { roles: STATISTICS_ROLES, requiresProgram: 'skill-subsidy' },
      },
      {
        path: 'skill-subsidy/objections',
        name: 'objections',
        component: () => import('../views/objections/ObjectionsView.vue'),
        meta: { roles: OBJECTION_ROLES, requiresProgram: 'skill-subsidy' },
      },
      {
        path: 'skill-subsidy/recovery-orders',
        name: 'recovery-orders',
        component: () => import('../views/recovery/RecoveryListView.vue'),
        meta: { roles: RECOVERY_ROLES, requiresProgram: 'skill-subsidy' },
      },
      {
        path: 'skill-subsidy/recovery-orders/:id',
        name: 'recovery-order',
        component: () => import('../views/recovery/RecoveryOrderView.vue'),
        meta: { roles: RECOVERY_ROLES, requiresProgram: 'skill-subsidy' },
      },
      {
        path: 'skill-subsidy/ratings',
        name: 'ratings',
        component: () => import('../views/ratings/RatingsView.vue'),
        meta: { roles: RATING_ROLES, requiresProgram: 'skill-subsidy' },
      },
      {
        path: 'audit',
        name: 'audit',
        component: () => import('../views/audit/AuditView.vue'),
        meta: { roles: AUDIT_ROLES },
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
        path: 'system/jobs',
        name: 'jobs',
        component: () => import('../views/jobs/JobsView.vue'),
        meta: { roles: SYSTEM_ROLES },
      },
      {
        path: 'skill-subsidy/bank-file-layouts',
        name: 'bank-layouts',
        component: () => import('../views/bank-layouts/BankLayoutsView.vue'),
        meta: { roles: BANK_LAYOUT_ROLES, requiresProgram: 'skill-subsidy' },
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
