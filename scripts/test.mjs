#!/usr/bin/env node
/**
 * `npm test`: checks the formatting (Prettier) and the lint rules (ESLint, no warnings), type-checks
 * the project (strict TypeScript), builds the site twice (at the root, and
 * under BASE_PATH=/kyc/ into dist-kyc/), then runs every Vitest project except the benchmarks.
 * Extra arguments go to Vitest.
 */
import { spawnSync } from 'node:child_process';

function run(command, args, env = {}) {
	console.log(`\n> ${[command, ...args].join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

// `astro sync` writes the types of `astro:content` and `import.meta.env` that a fresh clone lacks.
run('astro', ['sync']);
run('prettier', ['--check', '--log-level', 'warn', '.']);
run('eslint', ['--max-warnings', '0', '.']);
run('tsc', ['--noEmit', '-p', '.']);
if (!process.env.SKIP_BUILD) {
	run('astro', ['build']);
	run('astro', ['build', '--outDir', 'dist-kyc'], { BASE_PATH: '/kyc/' });
}
run('vitest', ['run', '--project', 'unit', '--project', 'site', '--project', 'browser', ...process.argv.slice(2)]);
