// Throughput with autocannon (10 connections) of a route of the real server beside the same body on the bare
// floor, alternating floor, real, floor so that a neighbour's load weighs on both alike; the server's CPU time
// per request (from /proc) is the steadier figure on a shared machine. The real server's peak RSS under the
// load is kept too.
import autocannon from 'autocannon';
import { cpuMs, peakRss } from './server.ts';

const CONNECTIONS = 10;

export interface Throughput {
  perSecond: number;
  floorPerSecond: number;
  /** Server CPU per request, µs, real and floor. */
  cpuMicros: number;
  floorCpuMicros: number;
  /** Peak resident memory of the real server during its load, and of the floor during its, bytes. */
  peakRss: number;
  floorPeakRss: number;
}

async function load(pid: number, url: string, cookie: string | undefined, seconds: number) {
  const before = cpuMs(pid);
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'accept-encoding': 'br, gzip', ...(cookie ? { cookie } : {}) },
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} answers not 2xx, ${result.errors} errors`);
  return {
    perSecond: result.requests.average,
    cpuMicros: ((cpuMs(pid) - before) * 1000) / Math.max(1, result.requests.total),
  };
}

export async function throughput(
  real: { pid: number; url: string; cookie: string },
  bare: { pid: number; url: string },
  seconds: number,
): Promise<Throughput> {
  await load(real.pid, real.url, real.cookie, 1);
  await load(bare.pid, bare.url, undefined, 1);
  const { result: floor1, peak: floorPeak } = await peakRss(bare.pid, () =>
    load(bare.pid, bare.url, undefined, seconds / 2),
  );
  const { result: measured, peak } = await peakRss(real.pid, () =>
    load(real.pid, real.url, real.cookie, seconds),
  );
  const floor2 = await load(bare.pid, bare.url, undefined, seconds / 2);
  return {
    perSecond: measured.perSecond,
    floorPerSecond: (floor1.perSecond + floor2.perSecond) / 2,
    cpuMicros: measured.cpuMicros,
    floorCpuMicros: (floor1.cpuMicros + floor2.cpuMicros) / 2,
    peakRss: peak,
    floorPeakRss: floorPeak,
  };
}
