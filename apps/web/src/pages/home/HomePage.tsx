import { Col, Row } from 'antd';
import { listAuditorAccountEvents, listMyResults, listPendingReports } from '@jx/contract';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { TodoPanel } from './TodoPanel';
import { AuditorAccountEvents } from './AuditorAccountEvents';
import { AnnouncementsCard } from './AnnouncementsCard';
import { WelcomeCard } from './WelcomeCard';
import { LeaderDashboard } from './leader/LeaderDashboard';
import { PendingReportsCard } from './unit/PendingReportsCard';
import { MyResultCard } from './unit/MyResultCard';
import { OfficePipelineCard } from './office/OfficePipelineCard';
import { AuditChainCard } from './auditor/AuditChainCard';

const isLeader = (roles: readonly string[]) => roles.includes('LEADER_MAIN') || roles.includes('LEADER_DEPUTY');

export function HomePage() {
  const user = useCurrentUser();
  if (isLeader(user.roles)) return <LeaderDashboard />;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={8} xl={7}>
        <WelcomeCard user={user} />
      </Col>
      <Col xs={24} lg={16} xl={17}>
        {canCall(listPendingReports, user.roles) ? (
          <div style={{ marginBottom: 16 }}>
            <PendingReportsCard />
          </div>
        ) : null}
        <div style={{ marginBottom: 16 }}>
          <TodoPanel />
        </div>
        {canCall(listMyResults, user.roles) ? (
          <div style={{ marginBottom: 16 }}>
            <MyResultCard />
          </div>
        ) : null}
        {user.roles.includes('PERF_OFFICE') ? <OfficePipelineCard /> : null}
        {user.roles.includes('AUDITOR') ? <AuditChainCard /> : null}
        {canCall(listAuditorAccountEvents, user.roles) ? <AuditorAccountEvents /> : null}
        <AnnouncementsCard />
      </Col>
    </Row>
  );
}

export default HomePage;
