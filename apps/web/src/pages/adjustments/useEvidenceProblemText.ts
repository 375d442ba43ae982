import { useCallback } from 'react';
import { useT } from '../../locales';
import type { EvidenceProblem } from './adjustmentRules';

/** What a refused evidence file says, in the user's language. */
export function useEvidenceProblemText() {
  const t = useT();
  return useCallback(
    (p: EvidenceProblem) => (p.key === 'tooLarge' ? t('adjustments.evidence.tooLarge', { size: p.size, max: p.max }) : t(`adjustments.evidence.${p.key}`)),
    [t],
  );
}
