import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The Vietnamese name of the server's Content-Disposition (RFC 5987 `filename*`), else its ASCII fallback. */
export function downloadName(disposition: string | null, fallback: string): string {
  const star = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (star) return decodeURIComponent(star);
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}

/**
 * "Xuất Excel": fetches the .xlsx the server makes and saves it under the server's name. While the file is
 * made the button shows its progress and cannot be pressed again (issue 18: progress on anything slow).
 */
export function ExportButton({ url, fileName = 'xuat.xlsx' }: { url: string; fileName?: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  // A second click before React re-renders the disabled button must not start a second download.
  const running = useRef(false);
  const download = async () => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      const res = await fetch(url, { credentials: 'same-origin' });
      if (!res.ok) throw new Error(String(res.status));
      const blob = await res.blob();
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = downloadName(res.headers.get('content-disposition'), fileName);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch {
      notifications.show({ color: 'red', message: t('export.failed') });
    } finally {
      running.current = false;
      setBusy(false);
    }
  };
  return (
    <Button variant="light" loading={busy} disabled={busy} onClick={() => void download()} data-busy={busy}>
      {t('export.xlsx')}
    </Button>
  );
}
