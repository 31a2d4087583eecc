/**
 * Renders a notice as HTML and Markdown in Finnish, Swedish and English. Java builds a view of
 * worded, localised sentences and ready lists ({@link seloste.render.NoticeView}); the FreeMarker
 * templates and the phrase catalogue in {@code templates/} only present it. The entry point is
 * {@link seloste.render.HtmlMarkdownRenderer}; the PDF stage is in {@code seloste.render.pdf}.
 */
package seloste.render;
