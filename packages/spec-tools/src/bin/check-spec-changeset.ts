#!/usr/bin/env node
/** CI: a spec change since the merge base with the target branch (--base, $SPEC_BASE_BRANCH, $GITHUB_BASE_REF, else main) must come with a changeset; a breaking one with a major. */
import { checkSpecChangeset, runMain } from '../commands.js';

runMain('spec changeset check', checkSpecChangeset);
