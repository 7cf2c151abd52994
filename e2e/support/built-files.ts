import { glob } from 'tinyglobby';

/** Every file of a build, relative to its folder with `/` separators, sorted. */
export async function builtFiles(outDir: string): Promise<string[]> {
	return (await glob('**/*', { cwd: outDir, dot: true, onlyFiles: true })).sort();
}

/** Every HTML page of a build, relative to its folder, sorted. */
export async function builtPages(outDir: string): Promise<string[]> {
	return (await glob('**/*.html', { cwd: outDir, onlyFiles: true })).sort();
}
