import { packageProject } from '../../vitest.project.js';

export default packageProject('spec-tools', { testTimeout: 60_000 });
