// Real-name login: the form's checks (the ID number with the same check digit the API uses, so a
// typo is caught before a code is spent) and the resend countdown.
import { parseIdNumber } from '@huimin/domain';
import { ApiError } from '../../api/http';
import { computed, onBeforeUnmount, ref } from 'vue';

export interface LoginForm {
  idNumber: string;
  name: string;
  code: string;
}

export type LoginField = keyof LoginForm;
export type LoginErrors = Partial<Record<LoginField, string>>;

export function emptyLoginForm(): LoginForm {
  return { idNumber: '', name: '', code: '' };
}

/** The fields the code request needs: ID number and name. */
export function validateIdentity(form: LoginForm): { ok: true; idNumber: string; name: string } | { ok: false; errors: LoginErrors } {
  const errors: LoginErrors = {};
  const idText = form.idNumber.replace(/\s+/g, '');
  let idNumber = '';
  if (idText === '') errors.idNumber = '请填写身份证号';
  else {
    const parsed = parseIdNumber(idText);
    if (parsed.ok) idNumber = parsed.value.idNumber;
    else errors.idNumber = parsed.message;
  }
  const name = form.name.trim();
  if (name === '') errors.name = '请填写姓名';
  else if (name.length > 50) errors.name = '姓名不能超过50个字';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, idNumber, name };
}

/** Everything the login needs: identity plus the six-digit code. */
export function validateLogin(form: LoginForm): { ok: true; idNumber: string; name: string; code: string } | { ok: false; errors: LoginErrors } {
  const identity = validateIdentity(form);
  const errors: LoginErrors = identity.ok ? {} : { ...identity.errors };
  const code = form.code.trim();
  if (code === '') errors.code = '请填写短信验证码';
  else if (!/^\d{6}$/.test(code)) errors.code = '验证码为6位数字';
  if (!identity.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, idNumber: identity.idNumber, name: identity.name, code };
}

/** The API's 400 paths → the login form's fields. */
export function loginFieldOf(path: string): LoginField | null {
  return path === 'idNumber' || path === 'name' || path === 'code' ? path : null;
}

/** "获取验证码" may be pressed again only after the countdown (60 s, or what the server says). */
export function useCountdown() {
  const remaining = ref(0);
  let timer: ReturnType<typeof setInterval> | null = null;

  function stop(): void {
    if (timer !== null) clearInterval(timer);
    timer = null;
  }

  function start(seconds = 60): void {
    stop();
    remaining.value = Math.max(0, Math.round(seconds));
    if (remaining.value === 0) return;
    timer = setInterval(() => {
      remaining.value -= 1;
      if (remaining.value <= 0) {
        remaining.value = 0;
        stop();
      }
    }, 1000);
  }

  onBeforeUnmount(stop);
  return { remaining, running: computed(() => remaining.value > 0), start, stop };
}

/** A 429 on a code request says in its detail how many seconds to wait ("请N秒后再试"); the send button waits as long. */
export function retryAfterSeconds(caught: unknown): number | undefined {
  if (!(caught instanceof ApiError) || caught.status !== 429) return undefined;
  const seconds = /(\d+)秒/.exec(caught.detail)?.[1];
  return seconds ? Number(seconds) : undefined;
}
