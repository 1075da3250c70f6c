import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

/*
 * The security headers of every answer (issue 4: edge protection), computed once at start-up with helmet.
 *
 * Our directives are constants (no per-request nonce), so every answer carries the same headers. The Fastify
 * plugin of helmet builds helmet's middleware again on every request (two hooks, the options merged, the CSP
 * directives parsed and checked): about 6 % of the API's CPU on the public calculator (docs/benchmarks.md).
 * Running helmet's middleware once against a recording response gives the same headers for a fraction of that.
 */

/** What helmet writes for these options: header name (lower case) → value. */
function helmetHeaders(options: Readonly<HelmetOptions>): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
      return recorder;
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let failure: unknown;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
  return Object.freeze(headers);
}

/** The headers every answer of the API and of the served web apps carries. */
export const SECURITY_HEADERS = helmetHeaders({
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      // Element Plus and Vant set inline styles; no inline script is needed by either app.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      scriptSrc: ["'self'"],
      connectSrc: ["'self'"],
      // Offices often reach the API over plain HTTP on an intranet address; upgrading every asset request
      // to HTTPS there would leave a blank page. TLS is the reverse proxy's job (docs/deployment.md).
      upgradeInsecureRequests: null,
    },
  },
});
