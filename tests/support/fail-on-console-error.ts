import { format } from 'node:util';
import { afterAll, afterEach } from 'vitest';

// Any console.error a test did not expect fails it. A test that expects one silences it itself with
// `vi.spyOn(console, 'error').mockImplementation(() => {})`, which replaces this recorder.
const recorded: string[] = [];
const original = console.error;
console.error = (...args: unknown[]) => {
  recorded.push(format(...args));
};

function failIfRecorded(where: string): void {
  if (recorded.length === 0) return;
  const messages = recorded.splice(0).join('\n---\n');
  throw new Error(`Unexpected console.error ${where}:\n${messages}`);
}

afterEach(() => failIfRecorded('during this test'));
afterAll(() => {
  console.error = original;
  failIfRecorded('in a beforeAll/afterAll hook of this file');
});
