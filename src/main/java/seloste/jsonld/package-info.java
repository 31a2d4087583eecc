/**
 * The notice for machines: a JSON-LD description in the W3C Data Privacy Vocabulary (DPV 2, with its
 * EU GDPR extension and location concepts), written beside each HTML page and embeddable in it.
 */
package seloste.jsonld;
