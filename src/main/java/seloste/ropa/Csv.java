package seloste.ropa;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The record as CSV (RFC 4180): comma-separated, CRLF line ends, a field quoted when it holds a comma,
 * a quote or a line break, with its quotes doubled; a heading row first. UTF-8 with a byte order mark:
 * without it, Excel reads a double-clicked CSV in the Windows code page and garbles ä, ö and å;
 * LibreOffice, Python's {@code utf-8-sig} and most CSV readers recognise the mark and drop it.
 */
public final class Csv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {
    }

    public static byte[] write(ProcessingRecord record) {
        StringBuilder out = new StringBuilder();
        line(out, record.headings());
        record.table().forEach(row -> line(out, row));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
