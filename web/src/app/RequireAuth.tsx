import { lazy, type ReactNode, Suspense } from 'react';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { Navigate, useLocation } from '../lib/router.tsx';
import { SignedInMeContext, useMe } from './session.ts';

const ForcedPasswordChange = lazy(() => import('../routes/account/ForcedPasswordChange.tsx'));

/** Renders its children only for a signed-in user; otherwise sends them to /login and back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { data: me, isPending, error, refetch } = useMe();
  const location = useLocation();
  if (isPending) return <Loading />;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!me) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={from === '/' ? undefined : { from }} />;
  }
  // After a reset by an officer: the change-password screen first, whatever page was asked for.
  if (me.mustChangePassword)
    return (
      <Suspense fallback={<Loading />}>
        <ForcedPasswordChange />
      </Suspense>
    );
  return <SignedInMeContext value={me}>{children}</SignedInMeContext>;
}
