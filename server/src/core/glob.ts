/**
 * Minimal glob matching for the letterGlobs setting: `**` (any folders), `*`
 * and `?` within a path segment, `{a,b}` alternatives. Paths use `/`.
 */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  let inGroup = false;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*' && glob[i + 1] === '*') {
      // "**/" matches zero or more folders; a trailing "**" anything.
      if (glob[i + 2] === '/') {
        // "**/**/" is "**/": repeating the group would make matching polynomial in the folder depth.
        if (!source.endsWith('(?:[^/]*/)*')) source += '(?:[^/]*/)*';
        i += 2;
      } else {
        source += '.*';
        i += 1;
      }
    } else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else if (ch === '{') {
      source += '(?:';
      inGroup = true;
    } else if (ch === '}' && inGroup) {
      source += ')';
      inGroup = false;
    } else if (ch === ',' && inGroup) source += '|';
    else source += ch.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  if (inGroup) throw new Error(`Unclosed { in glob: ${glob}`);
  return new RegExp(`(?:^|/)${source}$`, 'iu');
}

export function matchesAnyGlob(path: string, globs: readonly string[]): boolean {
  const normalised = path.replace(/\\/g, '/');
  return globs.some((glob) => {
    try {
      return globToRegExp(glob).test(normalised);
    } catch {
      return false;
    }
  });
}
