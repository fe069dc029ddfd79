import { retortProject } from '../../tooling/vitest/preset';

export default retortProject(import.meta.dirname);
