#!/usr/bin/env node
/** CI: a spec change since base-ref (default HEAD~1) must come with a changeset; a breaking one with a major. */
import { checkSpecChangeset, runMain } from '../commands.js';

runMain('spec changeset check', checkSpecChangeset);
