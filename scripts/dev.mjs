// `npm run dev`: the API with reload on change (port 3000) and Vite's dev server (port 5173, proxies /api).
import { spawn } from 'node:child_process';
import path from 'node:path';

const bin = (name) => path.join('node_modules', '.bin', name);
const children = [
  spawn(bin('tsx'), ['watch', 'src/main.ts'], { stdio: 'inherit', env: { ...process.env, WEB_DIR: '' } }),
  spawn(bin('vite'), [], { stdio: 'inherit' }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, stop);
for (const child of children) {
  child.on('exit', (code) => {
    stop();
    process.exit(code ?? 0);
  });
}
