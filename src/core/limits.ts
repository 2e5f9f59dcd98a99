/**
 * Every size limit of partnerlint, in one place: the CLI, the language server, the playground and the docs
 * (SECURITY.md's table) all read them from here; package.json's `partnerlint.maxFileSize` default is held to
 * MAX_FILE_BYTES by a test.
 */

/** A strategy larger than this is reported and skipped rather than linted (`--max-file-size`, `partnerlint.maxFileSize`). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** A configuration file's limit: none over this size is real. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** A baseline's limit; it grows with the findings a repository had when it adopted partnerlint. */
export const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

/**
 * Nesting deeper than this is refused before the `yaml` library composes it: its composer and every walk over the data
 * recurse, so that deeper text would make results depend on the JavaScript stack (or exhaust memory). Real strategies
 * nest fewer than ten levels.
 */
export const MAX_DEPTH = 200;

/**
 * Nodes that aliases may add to the data when expanded. The expansion is what an alias bomb inflates; references to
 * small anchors (a shared `<<: *base` in every partner) add little and pass.
 */
export const MAX_ALIAS_NODES = 100_000;
