import { useMemo, useState } from 'react';
import { Button, Flex, Skeleton } from 'antd';
import { setAssessors, type Target } from '@jx/contract';
import { useIndicatorTree } from '../../api/framework';
import { useAssessors } from '../../api/targetTypes';
import { useTargetTypes } from '../../api/units';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { useT } from '../../locales';
import { AssessorCell, sourceText } from './AssessorCell';
import { AssessorsModal } from './AssessorsModal';
import { indicatorPaths, namingKey, namingsOf, targetAssessors } from './effectiveAssessors';

/**
 * 考核部门 of one target on its detail page (for those who read assessments): who assesses it and where that comes
 * from; the office names departments for this target alone, which wins over its indicator and type.
 */
export function TargetAssessorsField({ target }: { target: Pick<Target, 'id' | 'title' | 'yearId' | 'targetTypeId' | 'indicatorId'> }) {
  const t = useT();
  const user = useCurrentUser();
  const canName = canCall(setAssessors, user.roles);
  const assessors = useAssessors(target.yearId);
  const tree = useIndicatorTree(target.yearId);
  const types = useTargetTypes();
  const [open, setOpen] = useState(false);

  const resolved = useMemo(() => {
    if (!assessors.data || !tree.data || !types.data) return null;
    const namings = namingsOf(assessors.data);
    const path = indicatorPaths(tree.data.roots).get(target.indicatorId) ?? [];
    const typeMap = new Map(types.data.map((x) => [x.id, x]));
    const key = namingKey('target', target.id);
    const inherited = targetAssessors(target, path, new Map([...namings].filter(([k]) => k !== key)), typeMap);
    return {
      effective: targetAssessors(target, path, namings, typeMap),
      named: namings.get(key) ?? [],
      fallback: `${inherited.units.map((u) => u.name).join('、')}（${sourceText(t, inherited)}）`,
    };
  }, [assessors.data, tree.data, types.data, target, t]);

  if (assessors.isError || tree.isError || types.isError) return <span>{t('common.states.none')}</span>;
  if (!resolved) return <Skeleton.Input active size="small" />;
  return (
    <Flex gap={8} align="center" wrap>
      <AssessorCell t={t} value={resolved.effective} testId="target-assessors" />
      {canName ? (
        <Button type="link" size="small" onClick={() => setOpen(true)} data-testid="target-assessors-set" style={{ paddingInline: 0 }}>
          {t('targetTypes.targetField.edit')}
        </Button>
      ) : null}
      {open ? (
        <AssessorsModal
          subject={{ scope: 'target', id: target.id, name: target.title, named: resolved.named, fallback: resolved.fallback }}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </Flex>
  );
}
