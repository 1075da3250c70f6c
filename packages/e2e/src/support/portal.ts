// The portal's shared steps (demo applicant, one-time code from the demo log, login page, application form)
// live with the scripts, which the screenshot script also runs; the tests take them from here.
export { demoApplicant, fillApplication, lastCode, loginOnPage, until, type DemoPerson } from '../../scripts/portal-steps.mjs';
