// The month the committee's calendar shows: 'YYYY-MM' in the address, its first and last day for the API.

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function monthOf(value: string | null, today: string): string {
  return value && MONTH.test(value) ? value : today.slice(0, 7);
}

/** The first and last local day of a month 'YYYY-MM'. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}
