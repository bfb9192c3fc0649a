import { useRef, useState } from 'react';

export interface Action {
  /** Starts the action (a second call while one runs is ignored). */
  mutate: () => void;
  isPending: boolean;
  /** What the last run threw, until the next run starts. */
  error: unknown;
}

export interface ActionCallbacks<T> {
  onSuccess?: (value: T) => void;
  onError?: (error: unknown) => void;
  onSettled?: () => void;
}

/**
 * A one-off action with its pending state and error, for the first screen's two (signing in, signing out):
 * TanStack Query's useMutation and its observer are ≈1.7 kB brotli the sign-in page and the shell do not need
 * (issue 20, "Bytes"). The other screens keep useMutation. The callbacks of the latest render are called.
 */
export function useAction<T>(run: () => Promise<T>, callbacks: ActionCallbacks<T> = {}): Action {
  const [state, setState] = useState<{ isPending: boolean; error: unknown }>({
    isPending: false,
    error: null,
  });
  const latest = useRef({ run, callbacks });
  latest.current = { run, callbacks };
  const running = useRef(false);
  const mutate = () => {
    if (running.current) return;
    running.current = true;
    setState({ isPending: true, error: null });
    const settle = () => {
      running.current = false;
      latest.current.callbacks.onSettled?.();
    };
    latest.current.run().then(
      (value) => {
        setState({ isPending: false, error: null });
        latest.current.callbacks.onSuccess?.(value);
        settle();
      },
      (error: unknown) => {
        setState({ isPending: false, error });
        latest.current.callbacks.onError?.(error);
        settle();
      },
    );
  };
  return { mutate, isPending: state.isPending, error: state.error };
}
