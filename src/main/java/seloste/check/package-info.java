/**
 * Checks a loaded repository against the GDPR and Finnish law: {@link seloste.check.Rule}s that each
 * report {@link seloste.check.Finding}s at the position of the value they are about.
 */
package seloste.check;
