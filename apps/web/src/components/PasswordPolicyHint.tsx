import { Flex, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleOutlined } from '@ant-design/icons';
import { chineseMessage, passwordPolicyProblems } from '@jx/contract';
import { localizeServerText, useT } from '../locales';

/** Every rule of the contract's password policy (what an empty password violates). */
const ALL_RULES = passwordPolicyProblems('');

/** The password policy, each rule ticked live as the user types. */
export function PasswordPolicyHint({ value, showCommonHint = true }: { value: string | undefined; showCommonHint?: boolean }) {
  const t = useT();
  const problems = new Set(passwordPolicyProblems(value ?? '').map((p) => p.key));
  return (
    <div className="password-policy" data-testid="password-policy" aria-live="polite">
      <Typography.Text type="secondary">{t('auth.password.policyTitle')}</Typography.Text>
      {ALL_RULES.map((rule) => {
        const ok = !!value && !problems.has(rule.key);
        return (
          <Flex key={rule.key} gap={6} align="center" className={ok ? 'policy-ok' : 'policy-pending'}>
            {ok ? <CheckCircleFilled /> : <CloseCircleOutlined />}
            <span>{localizeServerText(rule, chineseMessage(rule))}</span>
          </Flex>
        );
      })}
      {showCommonHint ? (
        <Flex gap={6} align="center" className="policy-note">
          <span className="policy-dot">•</span>
          <span>{t('auth.password.policyNotCommon')}</span>
        </Flex>
      ) : null}
    </div>
  );
}
