import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { IS_PUBLIC, REQUIRED_ROLES } from '../auth/auth.decorators.js';
import type { StaffRole } from '../auth/auth.types.js';
import { ROUTE_PERMISSIONS, routeKey } from './route-permissions.js';

export interface ServedRoute {
  method: string;
  /** As the router registers it: global prefix included, `:param`. */
  path: string;
  /** What the handler's own decorators say (documentation that must agree with ROUTE_PERMISSIONS). */
  declaredPublic: boolean;
  declaredRoles: StaffRole[] | undefined;
}

const joinPath = (...parts: string[]) =>
  '/' + parts.map((p) => p.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/');

/**
 * Every route the application serves through Nest (and so through the guard), read from the controllers of
 * the modules actually loaded: a program that is off contributes none. The route matrix test and the start-up
 * check walk this list, so a new route cannot escape them.
 */
export function servedRoutes(app: INestApplication, globalPrefix = 'api'): ServedRoute[] {
  const scanner = new MetadataScanner();
  const routes: ServedRoute[] = [];
  const seen = new Set<unknown>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller || seen.has(controller)) continue;
      seen.add(controller);
      const base = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as object;
        const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (paths === undefined || method === undefined) continue;
        const declaredPublic = Boolean(Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, controller));
        const declaredRoles = (Reflect.getMetadata(REQUIRED_ROLES, handler) ?? Reflect.getMetadata(REQUIRED_ROLES, controller)) as
          | StaffRole[]
          | undefined;
        for (const b of base) {
          for (const p of ([] as string[]).concat(paths)) {
            routes.push({ method: RequestMethod[method], path: joinPath(globalPrefix, b, p), declaredPublic, declaredRoles });
          }
        }
      }
    }
  }
  return routes;
}

/** Served routes that have no rule: closed at run time, and a failing test until someone writes the rule. */
export function routesWithoutRule(app: INestApplication, globalPrefix = 'api'): string[] {
  return servedRoutes(app, globalPrefix)
    .map((r) => routeKey(r.method, r.path))
    .filter((key) => !(key in ROUTE_PERMISSIONS));
}
