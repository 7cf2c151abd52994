// @ts-check
import eslint from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Virtual modules: only src/data, src/pages and the layouts may reach Astro's runtime. */
const NO_ASTRO_VIRTUAL = {
	regex: '^astro:',
	message: 'src/lib and src/markdown are pure: no astro:* modules (read them in src/data and pass the values in).',
};

/**
 * A relative import that climbs out of the folder tree the file lives in. `up` is how many `../` lead to
 * the top of the tree; tests (only they) may still reach the shared fixtures in test/support.
 * @param {number} up
 * @param {string} tree
 * @param {boolean} isTest
 */
function leavesTree(up, tree, isTest) {
	return {
		regex: `^(\\.\\./){${String(up + 1)}}${isTest ? '(?!(\\.\\./)*test/support/)' : ''}`,
		message: `${tree} imports nothing from the rest of src: only its own files and packages (STYLE.md, dependency direction).`,
	};
}

/**
 * The import rules for the files `glob` matches, `up` folders below the top of `tree`: its sources, then
 * its tests (which may also import test/support).
 * @param {string} glob
 * @param {number} up
 * @param {string} tree
 * @param {{ regex: string; message: string }[]} extra
 * @returns {import('eslint').Linter.Config[]}
 */
function boundaries(glob, up, tree, extra = []) {
	/** @type {(isTest: boolean) => import('eslint').Linter.RulesRecord} */
	const rule = (isTest) => ({
		'no-restricted-imports': ['error', { patterns: [NO_ASTRO_VIRTUAL, leavesTree(up, tree, isTest), ...extra] }],
	});
	const tests = glob.replace(/\.ts$/u, '.test.ts');
	return [
		{ files: [glob], ignores: [tests], rules: rule(false) },
		{ files: [tests], rules: rule(true) },
	];
}

/** The core of src/lib (its top-level files) never depends on the groups built on top of it. */
const CORE_UPWARDS = {
	regex: '^\\./(views|syndication|content|cards)/',
	message: 'The core of src/lib must not import views, syndication, content or cards: they import the core.',
};

export default defineConfig(
	globalIgnores([
		'dist/',
		'.astro/',
		'.cache/',
		'bench/starter/',
		'test-results/',
		'playwright-report/',
		// Test corpora written by the build tests while they run.
		'test/fixtures/**/generated/',
	]),

	{
		languageOptions: { globals: { ...globals.nodeBuiltin } },
		linterOptions: { reportUnusedDisableDirectives: 'error' },
	},

	eslint.configs.recommended,

	// Typed rules: the strictest presets, to match tsconfig's astro/tsconfigs/strictest.
	{
		files: ['**/*.ts', '**/*.mts'],
		extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
		rules: {
			// Template literals with numbers and booleans read naturally (`${count} articles`); objects and
			// nullish values, which print as [object Object] or "undefined", are still refused.
			'@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
			// `value?.trim() || fallback` treats a blank string as missing on purpose (an empty variable, a blank title).
			'@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
			// Spreading a string into code points is deliberate where we do it (slug fallbacks, A–Z initials,
			// indentation columns, truncating a quoted slug): it never splits a surrogate pair, and no caller
			// needs whole grapheme clusters.
			'@typescript-eslint/no-misused-spread': ['error', { allow: [{ from: 'lib', name: 'string' }] }],
			// `_`-prefixed names mark a parameter or binding kept on purpose (a callback's position, a rest sibling).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
			],
		},
	},

	// Tests read parsed JSON, XML and HTML (JSON.parse, XMLParser, JSON-LD) as `any` on purpose and check
	// every shape with expect(), which fails loudly; vitest's asymmetric matchers (expect.any(String),
	// expect.objectContaining) are typed `any` too. Typing each fixture twice would prove nothing more.
	{
		files: ['**/*.test.ts', '**/*.spec.ts', 'test/**/*.ts', 'e2e/**/*.ts'],
		rules: {
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			// A variable set in beforeAll is typed as set, yet afterAll must cope with a beforeAll that failed;
			// and a test that indexes a fixture it just built fails loudly if the element is missing.
			'@typescript-eslint/no-unnecessary-condition': 'off',
			'@typescript-eslint/no-non-null-assertion': 'off',
		},
	},

	// .astro files: the plugin's recommended rules, parsed as TypeScript. Typed rules stay off here: the
	// parser would type-check a temporary .tsx copy of every component, without Astro's own type plugin.
	{
		files: ['**/*.astro'],
		extends: [tseslint.configs.recommended],
	},
	// After typescript-eslint's presets, so Astro's parser (with TypeScript for the frontmatter) wins.
	...astro.configs['flat/recommended'],
	{
		files: ['**/*.astro'],
		languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.astro'] } },
	},

	// Plain JavaScript config files are not part of the TypeScript project.
	{
		files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
		extends: [tseslint.configs.disableTypeChecked],
	},

	// The dependency boundaries of STYLE.md.
	...boundaries('src/lib/*.ts', 0, 'src/lib', [CORE_UPWARDS]),
	...boundaries('src/lib/*/**/*.ts', 1, 'src/lib'),
	...boundaries('src/markdown/*.ts', 0, 'src/markdown'),
	...boundaries('src/markdown/*/**/*.ts', 1, 'src/markdown'),
);
