#!/usr/bin/env node
/** `pnpm spec:diff [base-ref]` — see SPEC_DIFF_USAGE. */
import { runMain, specDiff } from '../commands.js';

runMain('spec:diff', specDiff);
