// Content hashes for the project model's caches: equal text → equal hash, so an unchanged file is never re-parsed.
import { createHash } from 'node:crypto';

/** A short, collision-resistant fingerprint of a text (SHA-1, base64url). */
export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}
