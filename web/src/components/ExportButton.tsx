import { useTranslation } from '../i18n/useTranslation.ts';
import { DownloadButton } from './BusyButton.tsx';

/**
 * "Xuất Excel": the .xlsx the server makes, saved under the server's Vietnamese name; busy while the file is made
 * and not pressed twice (issue 18: progress on anything slow) — a DownloadButton with the export's label.
 */
export function ExportButton({ url, fileName = 'xuat.xlsx' }: { url: string; fileName?: string }) {
  const { t } = useTranslation();
  return (
    <DownloadButton href={url} fileName={fileName} variant="light">
      {t('export.xlsx')}
    </DownloadButton>
  );
}
