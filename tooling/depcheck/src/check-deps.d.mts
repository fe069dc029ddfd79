// Types of check-deps.mjs, for its tests.
export interface WorkspaceProject {
  readonly group: 'packages' | 'apps' | 'tooling';
  readonly dir: string;
  readonly manifest: { readonly name: string } & Record<string, unknown>;
}
export const LAYERS: Readonly<Record<string, readonly string[]>>;
export const DRIVER_OWNERS: Readonly<Record<string, string>>;
export function loadWorkspace(root: string): WorkspaceProject[];
export function checkGraph(projects: readonly WorkspaceProject[]): string[];
export function checkImports(projects: readonly WorkspaceProject[]): string[];
