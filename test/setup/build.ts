import { execFileSync } from 'node:child_process';

/** CLI and worker-thread tests run the compiled code in dist/, so compile it first. */
export default function setup(): void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
