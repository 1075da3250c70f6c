/** Injection token of the validated environment. */
export const ENV = Symbol('ENV');
