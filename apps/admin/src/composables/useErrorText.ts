import { useI18n } from 'vue-i18n';
import { ApiError, NETWORK_ERROR_STATUS } from '../api';

/** One way to put any failure into words: the server's own detail first, then a generic line. */
export function useErrorText() {
  const { t } = useI18n();
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      if (error.detail) return error.detail;
      if (error.status === NETWORK_ERROR_STATUS) return t('errors.network');
      return t('errors.generic', { status: error.status });
    }
    return t('errors.network');
  };
}
