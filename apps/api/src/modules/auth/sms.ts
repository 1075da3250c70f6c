import { Logger } from '@nestjs/common';
import { maskPhone } from '@huimin/domain';
import type { Env } from '../../config/env.js';

/** Injection token of the SMS sender. */
export const SMS_SENDER = Symbol('SMS_SENDER');

/**
 * Where one-time codes go. A province plugs in its own SMS gateway by implementing this (or by pointing the
 * built-in webhook sender at it); the code is never stored in plain text anywhere on our side.
 */
export interface SmsSender {
  /** Whether codes can be sent at all; without a provider the login routes say so instead of pretending. */
  readonly available: boolean;
  send(phone: string, message: string): Promise<void>;
}

/**
 * Demo mode only (env.ts refuses it otherwise): writes the message to the server log so that a demo can be
 * tried without an SMS contract. The phone is masked; the code is in the message, which is the point.
 */
export class LogSmsSender implements SmsSender {
  readonly available = true;
  private readonly logger = new Logger('SMS(演示)');

  async send(phone: string, message: string): Promise<void> {
    this.logger.warn(`演示模式，短信未真实发送 → ${maskPhone(phone)}：${message}`);
  }
}

/** Posts `{ phone, message }` as JSON to the province's SMS gateway; any non-2xx answer is a failure. */
export class WebhookSmsSender implements SmsSender {
  readonly available = true;

  constructor(private readonly url: string) {}

  async send(phone: string, message: string): Promise<void> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phone, message }),
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
  }
}

export class NoSmsSender implements SmsSender {
  readonly available = false;
  async send(): Promise<void> {
    throw new Error('no SMS provider configured');
  }
}

export function smsSenderFromEnv(env: Env): SmsSender {
  if (env.smsProvider === 'log') return new LogSmsSender();
  if (env.smsProvider === 'webhook' && env.HUIMIN_SMS_WEBHOOK_URL) return new WebhookSmsSender(env.HUIMIN_SMS_WEBHOOK_URL);
  return new NoSmsSender();
}
