import { lazy as reactLazy, Suspense } from 'react';
import { Loading } from '../components/Loading.tsx';
import { loadCatalog } from '../i18n/index.ts';
import { BrowserRouter, Route, Routes } from '../lib/router.tsx';
// The member home is in the entry (issue 20, LCP): it is what a signed-in load of `/` shows, and as a chunk of
// its own (with its small shared parts) it cost round trips before its first paint.
import HomePage from '../routes/home/HomePage.tsx';
import { RequireAuth } from './RequireAuth.tsx';
import { Shell } from './Shell.tsx';

// Every screen but the home is its own chunk: the entry holds the providers, the shell and the home. Declarative
// routing (no data router) keeps react-router's loader/action machinery out of the entry.
// A screen's chunk and the whole translation catalog load together (the entry holds only the sections of
// the first screen: sign-in and home, issue 20 "Bytes"); the Suspense loader shows meanwhile.
const lazy: typeof reactLazy = (load) =>
  reactLazy(() => Promise.all([load(), loadCatalog()]).then(([module]) => module));

const LoginPage = reactLazy(() => import('../routes/login/LoginPage.tsx'));
const OrgTreePage = lazy(() => import('../routes/orgs/OrgTreePage.tsx'));
const UnitPage = lazy(() => import('../routes/orgs/UnitPage.tsx'));
const MemberPage = lazy(() => import('../routes/members/MemberPage.tsx'));
const AuditPage = lazy(() => import('../routes/audit/AuditPage.tsx'));
const PlansPage = lazy(() => import('../routes/plans/PlansPage.tsx'));
const PlanPage = lazy(() => import('../routes/plans/PlanPage.tsx'));
const TopicPage = lazy(() => import('../routes/preparation/TopicPage.tsx'));
const MeetingPage = lazy(() => import('../routes/meetings/MeetingPage.tsx'));
const CommitteeCalendarPage = lazy(() => import('../routes/delegates/CommitteeCalendarPage.tsx'));
const MyAssignmentsPage = lazy(() => import('../routes/assignments/MyAssignmentsPage.tsx'));
const ReviewPage = lazy(() => import('../routes/follow-up/ReviewPage.tsx'));
const OversightPage = lazy(() => import('../routes/oversight/OversightPage.tsx'));
const InspectionPage = lazy(() => import('../routes/inspections/InspectionPage.tsx'));
const ModelMeetingPage = lazy(() => import('../routes/model-meetings/ModelMeetingPage.tsx'));
const NotificationSettingsPage = lazy(() => import('../routes/notifications/NotificationSettingsPage.tsx'));
const ChangePasswordPage = lazy(() => import('../routes/account/ChangePasswordPage.tsx'));
const SearchPage = lazy(() => import('../routes/search/SearchPage.tsx'));
const NotFoundPage = lazy(() => import('../routes/NotFoundPage.tsx'));

export function AppRoutes() {
  return (
    <BrowserRouter>
      <Routes>
        <Route
          path="/login"
          element={
            <Suspense fallback={<Loading />}>
              <LoginPage />
            </Suspense>
          }
        />
        <Route
          path="/"
          element={
            <RequireAuth>
              <Shell />
            </RequireAuth>
          }
        >
          <Route index element={<HomePage />} />
          <Route path="orgs" element={<OrgTreePage />} />
          <Route path="units/:id" element={<UnitPage />} />
          <Route path="members/:id" element={<MemberPage />} />
          <Route path="audit" element={<AuditPage />} />
          <Route path="plans" element={<PlansPage />} />
          <Route path="plans/:id" element={<PlanPage />} />
          <Route path="topics/:id" element={<TopicPage />} />
          <Route path="meetings/:id" element={<MeetingPage />} />
          <Route path="committees/:id/calendar" element={<CommitteeCalendarPage />} />
          <Route path="model-meetings/:id" element={<ModelMeetingPage />} />
          <Route path="my-work" element={<MyAssignmentsPage />} />
          <Route path="reviews/:id" element={<ReviewPage />} />
          <Route path="oversight/:unitId" element={<OversightPage />} />
          <Route path="inspections/:id" element={<InspectionPage />} />
          <Route path="settings/notifications" element={<NotificationSettingsPage />} />
          <Route path="account/password" element={<ChangePasswordPage />} />
          <Route path="search" element={<SearchPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
