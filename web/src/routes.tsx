import { lazy } from 'react';
import { createBrowserRouter, createRoutesFromElements, Navigate, Route } from 'react-router';
import { Crashed } from './components/ErrorBoundary';
import { ForcePasswordPage } from './features/auth/ForcePasswordPage';
import { LoginPage } from './features/auth/LoginPage';
import { CHANGE_PASSWORD_PATH, RequireAbility, RequireAuth } from './features/auth/RequireAuth';
import { CapabilityPage, NotFoundPage } from './features/capabilities/CapabilityPage';
import { AppShell } from './features/shell/AppShell';

const named = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

const DashboardPage = named(() => import('./features/dashboard/DashboardPage'), 'DashboardPage');
const RosterLayout = named(() => import('./features/roster/RosterLayout'), 'RosterLayout');
const DeputiesPage = named(() => import('./features/roster/deputies/DeputiesPage'), 'DeputiesPage');
const DelegationsPage = named(
  () => import('./features/roster/delegations/DelegationsPage'),
  'DelegationsPage',
);
const UnitsPage = named(() => import('./features/roster/units/UnitsPage'), 'UnitsPage');
const StandingCommitteePage = named(
  () => import('./features/roster/standing/StandingCommitteePage'),
  'StandingCommitteePage',
);
const TermsPage = named(() => import('./features/roster/terms/TermsPage'), 'TermsPage');
const ImportPage = named(() => import('./features/roster/import/ImportPage'), 'ImportPage');
const ProfilePage = named(() => import('./features/profile/ProfilePage'), 'ProfilePage');
const AccountsPage = named(() => import('./features/accounts/AccountsPage'), 'AccountsPage');
const AuditPage = named(() => import('./features/audit/AuditPage'), 'AuditPage');
const MePage = named(() => import('./features/me/MePage'), 'MePage');
const SessionsPage = named(() => import('./features/sessions/SessionsPage'), 'SessionsPage');
const BigScreenPage = named(() => import('./features/sessions/BigScreenPage'), 'BigScreenPage');

/** Every page of the app; the data router lets menu clicks render the next page synchronously. */
export const router = createBrowserRouter(
  createRoutesFromElements(
    <>
      <Route path="/login" element={<LoginPage />} errorElement={<Crashed />} />
      <Route path="/screen/:sessionId" element={<BigScreenPage />} errorElement={<Crashed />} />
      <Route element={<RequireAuth />} errorElement={<Crashed />}>
        <Route path={CHANGE_PASSWORD_PATH} element={<ForcePasswordPage />} />
        <Route element={<AppShell />}>
          <Route index element={<DashboardPage />} />
          <Route path="sessions" element={<SessionsPage />} />
          <Route path="suggestions" element={<CapabilityPage capability="suggestions" />} />
          <Route path="supervision" element={<CapabilityPage capability="supervision" />} />
          <Route path="liaison" element={<CapabilityPage capability="liaison" />} />
          <Route path="archive" element={<CapabilityPage capability="archive" />} />
          <Route
            path="roster"
            element={
              <RequireAbility ability="roster.read">
                <RosterLayout />
              </RequireAbility>
            }
          >
            <Route index element={<Navigate to="deputies" replace />} />
            <Route path="deputies" element={<DeputiesPage />} />
            <Route path="delegations" element={<DelegationsPage />} />
            <Route path="units" element={<UnitsPage />} />
            <Route path="standing-committee" element={<StandingCommitteePage />} />
            <Route path="terms" element={<TermsPage />} />
            <Route
              path="import"
              element={
                <RequireAbility ability="roster.import">
                  <ImportPage />
                </RequireAbility>
              }
            />
          </Route>
          <Route
            path="profile-rules"
            element={
              <RequireAbility ability="profile.read">
                <ProfilePage />
              </RequireAbility>
            }
          />
          <Route
            path="accounts"
            element={
              <RequireAbility ability="accounts.read">
                <AccountsPage />
              </RequireAbility>
            }
          />
          <Route
            path="audit"
            element={
              <RequireAbility ability="audit.read">
                <AuditPage />
              </RequireAbility>
            }
          />
          <Route path="me" element={<MePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </>,
  ),
);
