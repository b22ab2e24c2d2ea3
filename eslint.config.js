import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Page and user text must never reach an HTML sink (security checklist S3).
const HTML_SINKS = ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'write', 'writeln'].map((property) => ({
  property,
  message: `${property} parses HTML; render text with JSX children or textContent instead.`,
}));

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.wxt/',
      'node_modules/',
      'reports/',
      'test-results/',
      'playwright-report/',
      'demo-screenshots/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': ['error', ...HTML_SINKS.map((sink) => ({ object: undefined, ...sink }))],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'dangerouslySetInnerHTML renders HTML; render text instead.',
        },
        ...HTML_SINKS.map(({ property, message }) => ({
          selector: `AssignmentExpression > MemberExpression.left[property.name='${property}']`,
          message,
        })),
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Fixture pages are stand-ins for AliExpress itself, not our code.
    files: ['tests/fixtures/**'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-syntax': 'off' },
  },
);
