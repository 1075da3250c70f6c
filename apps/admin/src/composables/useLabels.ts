import { PROGRAM_LABELS, SKILL_SUBSIDY_CASE_STATUSES, STAFF_ROLES, type ProgramId } from '@huimin/domain';
import { CASE_CHANNELS } from '../api';
import { useI18n } from 'vue-i18n';

const ROLE_KEYS = STAFF_ROLES;
type KnownRole = (typeof ROLE_KEYS)[number];

function isKnownRole(role: string): role is KnownRole {
  return (ROLE_KEYS as readonly string[]).includes(role);
}

/** Labels in the current locale for roles and programs (program names come from @huimin/domain). */
export function useLabels() {
  const { t, locale } = useI18n();
  return {
    // A role this build does not know is shown by its code rather than hidden.
    roleLabel: (role: string): string => (isKnownRole(role) ? t(`roles.${role}`) : role),
    // Case statuses and channels: an unknown string (a newer API) is shown as sent.
    statusLabel: (status: string): string =>
      (SKILL_SUBSIDY_CASE_STATUSES as readonly string[]).includes(status) ? t(`caseStatus.${status}`) : status,
    channelLabel: (channel: string): string =>
      (CASE_CHANNELS as readonly string[]).includes(channel) ? t(`channels.${channel}`) : channel,
    programLabel: (program: ProgramId): string =>
      locale.value === 'zh-CN' ? PROGRAM_LABELS[program].zh : PROGRAM_LABELS[program].en,
  };
}
