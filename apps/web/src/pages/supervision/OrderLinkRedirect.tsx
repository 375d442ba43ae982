import { Navigate, useSearchParams } from 'react-router';
import { SUPERVISION_ANCHOR } from './OrdersSection';

/**
 * `/supervision-orders?targetId=…` — the link older 督办 messages (下达 / 回复 / 办结 / 退回) still hold; new ones link
 * to `/targets/<id>#supervision` directly. Opens the target at its 督办 section; without a target, the 督办事项 list.
 */
export function OrderLinkRedirect() {
  const [params] = useSearchParams();
  const targetId = params.get('targetId');
  return <Navigate replace to={targetId ? `/targets/${encodeURIComponent(targetId)}#${SUPERVISION_ANCHOR}` : '/supervision'} />;
}

export default OrderLinkRedirect;
