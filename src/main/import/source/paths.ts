// Entry names come from the archive's author: refuse anything that could point outside the export.

/** Why a ZIP/folder entry name is unsafe, or null when it is a plain relative path. */
export function unsafeEntryName(name: string): string | null {
  if (name.length === 0) return 'empty entry name';
  if (name.includes('\0')) return `entry name with a NUL byte: ${JSON.stringify(name)}`;
  if (name.includes('\\')) return `entry name with a backslash (path trick): ${name}`;
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return `absolute entry path: ${name}`;
  if (name.split('/').includes('..')) return `entry path escapes the archive (../): ${name}`;
  return null;
}

/** Lower-case base name of an entry: "a/B/Follower.txt" -> "follower.txt". */
export function baseName(name: string): string {
  const slash = name.lastIndexOf('/');
  return (slash >= 0 ? name.slice(slash + 1) : name).toLowerCase();
}

/** Lower-case extension without the dot: "x/y.JSON" -> "json"; "" when none. */
export function extensionOf(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1) : '';
}
