import { mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { emptyLoginForm, useCountdown, validateIdentity, validateLogin } from './login';

describe('validateLogin', () => {
  it('checks the ID number’s check digit before a code is sent', () => {
    const bad = validateIdentity({ ...emptyLoginForm(), idNumber: '220106198903088294', name: '杨东帆' });
    expect(bad.ok ? '' : bad.errors.idNumber).toBe('身份证号校验位不正确');
    const empty = validateIdentity(emptyLoginForm());
    expect(empty.ok ? {} : empty.errors).toEqual({ idNumber: '请填写身份证号', name: '请填写姓名' });
    const fine = validateIdentity({ ...emptyLoginForm(), idNumber: ' 22010619900927037x ', name: ' 徐阳 ' });
    expect(fine.ok && [fine.idNumber, fine.name]).toEqual(['22010619900927037X', '徐阳']);
  });

  it('asks for a six-digit code to log in', () => {
    const form = { idNumber: '220106198903088295', name: '杨东帆', code: '12345' };
    const short = validateLogin(form);
    expect(short.ok ? '' : short.errors.code).toBe('验证码为6位数字');
    expect(validateLogin({ ...form, code: '' }).ok).toBe(false);
    expect(validateLogin({ ...form, code: '123456' })).toEqual({ ok: true, idNumber: '220106198903088295', name: '杨东帆', code: '123456' });
  });
});

describe('useCountdown', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('counts 60 seconds down once a second and then lets the code be asked for again', () => {
    let countdown!: ReturnType<typeof useCountdown>;
    const wrapper = mount(defineComponent({ setup: () => ((countdown = useCountdown()), () => h('div')) }));
    countdown.start(60);
    expect(countdown.running.value).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(countdown.remaining.value).toBe(59);
    vi.advanceTimersByTime(58_000);
    expect(countdown.remaining.value).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(countdown.remaining.value).toBe(0);
    expect(countdown.running.value).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(countdown.remaining.value).toBe(0);
    wrapper.unmount();
  });
});
