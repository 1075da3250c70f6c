import { useI18n } from 'vue-i18n';
import { ApiError, NETWORK_ERROR_STATUS } from '../api/http';

export function useErrorText() {
  const { t } = useI18n();
  return (error: unknown): string => {
    if (error instanceof ApiError && error.status !== NETWORK_ERROR_STATUS) {
      return error.detail || t('errors.generic', { status: error.status });
    }
    return t('errors.network');
  };
}
