import type { Messages } from './zh-CN';

// Typed against the Chinese file so a key added there and missing here fails the type check.
const en: Messages = {
  app: {
    name: 'Huimin · Unemployment insurance administration',
    shortName: 'Huimin admin',
  },
  login: {
    title: 'Staff sign-in',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    required: 'Enter your username and password',
    expired: 'Your session has expired. Please sign in again.',
    loggedOut: 'You have signed out.',
  },
  errors: {
    network: 'Cannot reach the server. Check the network and try again.',
    generic: 'The request failed (HTTP {status}). Please try again later.',
    notFound: 'Page not found',
    notFoundHint: 'This page does not exist, or the program is not enabled in this deployment.',
    forbidden: 'Access denied',
    forbiddenHint: 'Your roles do not allow access to this page.',
    backHome: 'Back to the workbench',
    retry: 'Retry',
    systemInfo: 'Could not read the programs enabled in this deployment',
  },
  menu: {
    home: 'Workbench',
    system: 'System',
    label: 'Main menu',
  },
  header: {
    roles: 'Roles',
    region: 'Region',
    logout: 'Sign out',
    switchLocale: '中文',
  },
  home: {
    welcome: 'Hello, {name}',
    account: 'Signed in as',
    username: 'Username',
    roles: 'Roles',
    region: 'Region code',
    programs: 'Programs enabled in this deployment',
    noPrograms: 'No program is enabled in this deployment yet.',
    upcoming: 'Pending cases, deadline reminders and statistics will appear here once the program modules are released.',
  },
  program: {
    enabled: 'This program is enabled in this deployment.',
    upcoming: 'Case intake, review, public notice and payment are being built and will be offered on this page.',
  },
  system: {
    title: 'System',
    version: 'Version',
    mode: 'Mode',
    demo: 'Demo (demo accounts present)',
    production: 'Production',
    programs: 'Enabled programs',
  },
  roles: {
    handler: 'Handler',
    reviewer: 'Reviewer',
    head: 'Head',
    finance: 'Finance',
    auditor: 'Internal auditor',
    data_admin: 'Data administrator',
    province_admin: 'Provincial administrator',
    system_admin: 'System administrator',
  },
  common: {
    listSeparator: ', ',
  },
};

export default en;
