/**
 * Stale translations: every translated text of a repository under a stable path, a fingerprint of
 * each language's text, and the lock file that records the fingerprints a translation was confirmed
 * against. Pure: reading and writing the lock file is left to the loader and the writer.
 */
package seloste.translation;
