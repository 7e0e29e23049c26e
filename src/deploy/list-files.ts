import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under a folder, as sorted paths relative to it with `/` separators. */
export function listFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (current: string) => {
		for (const name of readdirSync(current)) {
			const full = join(current, name);
			if (statSync(full).isDirectory()) walk(full);
			else out.push(relative(dir, full).split(sep).join('/'));
		}
	};
	walk(dir);
	return out.sort();
}
