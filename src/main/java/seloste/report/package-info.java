/** Findings for machines: JSON, SARIF 2.1.0 for code scanning, and GitHub workflow annotations. */
package seloste.report;
