import { retortProject } from '../vitest/preset';

export default retortProject(import.meta.dirname);
