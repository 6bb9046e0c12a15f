/**
 * The file as CI tools want it: relative to the repository root as the user named it, with forward
 * slashes and no leading `./` (GitHub, GitLab and SARIF consumers match paths textually).
 */
export function artifactPath(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}
