import { Button, type ButtonProps, Loader, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type MouseEvent, type ReactNode, useCallback, useRef, useState } from 'react';
import { fetchFile } from '../api/client.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { errorMessage } from './ErrorAlert.tsx';

/**
 * Progress for work that may take more than a second (issue 18: document generation, downloads, report
 * issuing, imports, exports). `run(work)` marks the state busy until the work settles and ignores every
 * further call meanwhile, synchronously (a ref, not only state), so a double press starts it once.
 */
export function useBusy() {
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const run = useCallback(async (work: () => unknown) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await work();
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, run };
}

type BusyProps = Omit<ButtonProps, 'loading' | 'disabled'> & {
  children: ReactNode;
  /** Started once per press; a promise keeps the button busy until it settles. */
  onClick: () => unknown;
  /** Busy from outside as well (a mutation's isPending). */
  busy?: boolean;
  disabled?: boolean;
  /** Said to screen readers while busy; "Đang xử lý…" by default. */
  busyLabel?: string;
  type?: 'button' | 'submit';
  'data-testid'?: string;
  'aria-describedby'?: string;
  'data-autofocus'?: boolean;
};

/** What every busy control shows: a spinner before the label, aria-busy, and a polite status line. */
function BusyStatus({ busy, label }: { busy: boolean; label: string }) {
  return (
    <VisuallyHidden role="status" aria-live="polite">
      {busy ? label : ''}
    </VisuallyHidden>
  );
}

const spinner = <Loader size={14} color="currentColor" aria-hidden="true" data-testid="busy-spinner" />;

/** A button for slow work: visible busy state while it runs, and a second press does nothing. */
export function BusyButton({
  onClick,
  busy: outside = false,
  disabled,
  busyLabel,
  children,
  ...rest
}: BusyProps) {
  const { t } = useTranslation();
  const { busy: running, run } = useBusy();
  const busy = running || outside;
  return (
    <>
      <Button
        {...rest}
        leftSection={busy ? spinner : rest.leftSection}
        disabled={disabled}
        data-busy={busy || undefined}
        aria-busy={busy}
        aria-disabled={busy || disabled || undefined}
        onClick={() => {
          if (busy) return;
          void run(onClick);
        }}
      >
        {children}
      </Button>
      <BusyStatus busy={busy} label={busyLabel ?? t('common.busy')} />
    </>
  );
}

/**
 * A download of a generated file (a document, an .xlsx export, an .ics). Still a link with the file's URL (open
 * in a new tab, copy the address), but a press fetches the file in the page, so the generation shows as busy
 * and a second press waits for the first; the file is then saved under the name the server gives.
 */
export function DownloadButton({
  href,
  children,
  fileName,
  ...look
}: Omit<ButtonProps, 'loading' | 'disabled' | 'component'> & {
  href: string;
  children: ReactNode;
  /** When the server names no file. */
  fileName?: string;
  'data-testid'?: string;
}) {
  const { t } = useTranslation();
  const { busy, run } = useBusy();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // Modified clicks (new tab, new window) stay the browser's own.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void run(async () => {
      try {
        const file = await fetchFile(href);
        const objectUrl = URL.createObjectURL(file.blob);
        const link = document.createElement('a');
        link.href = objectUrl;
        link.download = file.fileName ?? fileName ?? href.split('/').pop()?.split('?')[0] ?? 'tai-lieu';
        document.body.append(link);
        link.click();
        link.remove();
        window.setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
      } catch (error) {
        notifications.show({ color: 'red', message: errorMessage(error, t('common.networkError')) });
      }
    });
  };
  return (
    <>
      <Button
        {...look}
        component="a"
        href={href}
        download
        leftSection={busy ? spinner : look.leftSection}
        data-busy={busy || undefined}
        aria-busy={busy}
        aria-disabled={busy || undefined}
        onClick={onClick}
      >
        {children}
      </Button>
      <BusyStatus busy={busy} label={t('common.preparingFile')} />
    </>
  );
}
