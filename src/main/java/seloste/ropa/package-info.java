/**
 * The controller's record of processing activities (GDPR Art. 30(1)) from the same sources as its
 * notices: one row per purpose, in Finnish, Swedish or English, as CSV or as an OpenDocument
 * spreadsheet, with the items Art. 30 asks for that the sources do not give.
 */
package seloste.ropa;
