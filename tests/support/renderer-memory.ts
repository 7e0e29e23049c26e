import { readFileSync, readdirSync } from 'node:fs';

/**
 * The memory of the Chromium renderers a test or bench launched, read from Linux's /proc (the
 * photo worker runs in a renderer). Used by the photo checker's browser test and benchmark.
 */

/** PIDs of the processes descended from this one. */
function descendants(): number[] {
	const parent = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
		} catch {
			// The process ended while we looked.
		}
	}
	const out: number[] = [];
	const walk = (pid: number) => {
		for (const [child, p] of parent)
			if (p === pid) {
				out.push(child);
				walk(child);
			}
	};
	walk(process.pid);
	return out;
}

/**
 * PIDs of this process's Chromium renderers; empty where /proc cannot tell. Walking /proc costs
 * real CPU on a two-core machine: find them once, then sample with `rssMiB`.
 */
export function rendererPids(): number[] {
	try {
		return descendants().filter((pid) => {
			try {
				return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer');
			} catch {
				return false;
			}
		});
	} catch {
		return [];
	}
}

/** Summed resident memory in MiB of those processes, or null when there are none to read. */
export function rssMiB(pids: number[]): number | null {
	if (pids.length === 0) return null;
	let kb = 0;
	for (const pid of pids) {
		try {
			const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
			if (match) kb += Number(match[1]);
		} catch {
			// The process ended.
		}
	}
	return kb / 1024;
}
