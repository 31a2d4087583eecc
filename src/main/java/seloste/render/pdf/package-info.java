/**
 * The PDF stage: turns the XHTML of a rendered notice into one PDF that is PDF/A-3u and PDF/UA-1
 * at once, with embedded DejaVu fonts, an outline built from the headings, and bytes that depend
 * only on the input. Nothing is fetched while rendering. The entry point is
 * {@link seloste.render.pdf.PdfRenderer}.
 */
package seloste.render.pdf;
