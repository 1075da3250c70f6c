import { reactive, readonly, watch } from 'vue';
import type { PolicyInForce } from '../../api/policies';
import { usePortalApi } from '../../composables/usePortalApi';
import { useRegionChoice } from '../../composables/region';

export type PoliciesState =
  | { status: 'loading'; policies: null; error: null }
  | { status: 'ready'; policies: PolicyInForce[]; error: null }
  | { status: 'error'; policies: null; error: unknown };

/**
 * Today's policy packs for the visitor's region, reloaded when the region changes. An answer for a
 * region the visitor has since left is dropped, so a slow reply cannot show the wrong city's rules.
 */
export function usePolicies() {
  const api = usePortalApi();
  const region = useRegionChoice();
  const state = reactive({ status: 'loading', policies: null, error: null } as PoliciesState);
  let latest = 0;

  async function load(): Promise<void> {
    const ticket = ++latest;
    const code = region.state.code;
    Object.assign(state, { status: 'loading', policies: null, error: null });
    try {
      const policies = await api.policies(code);
      if (ticket === latest) Object.assign(state, { status: 'ready', policies, error: null });
    } catch (error) {
      if (ticket === latest) Object.assign(state, { status: 'error', policies: null, error });
    }
  }

  watch(() => region.state.code, () => void load(), { immediate: true });
  return { state: readonly(state) as Readonly<PoliciesState>, reload: load };
}
