package seloste.ropa;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import com.github.miachm.sods.Style;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The record as an OpenDocument spreadsheet (ODS, ISO/IEC 26300), written with SODS: one sheet, a bold
 * heading row, wrapped text in columns wide enough to read. The archive's entry times are set to a given
 * moment, so the same record always gives the same bytes.
 */
public final class Ods {

    /** Column widths in millimetres: identifiers narrow, the long texts wide. */
    private static final double NARROW = 35.0;
    private static final double WIDE = 80.0;

    private Ods() {
    }

    /** @param stamp the time written for every entry of the archive */
    public static byte[] write(ProcessingRecord record, LocalDateTime stamp) {
        List<List<String>> table = record.table();
        int columns = record.headings().size();
        Sheet sheet = new Sheet(record.sheet(), table.size() + 1, columns);
        Style heading = new Style();
        heading.setBold(true);
        heading.setWrap(true);
        Style body = new Style();
        body.setWrap(true);
        body.setVerticalTextAligment(Style.VERTICAL_TEXT_ALIGMENT.Top);
        for (int c = 0; c < columns; c++) {
            sheet.getRange(0, c).setValue(record.headings().get(c));
            sheet.setColumnWidth(c, c == Column.ID.ordinal() || c == Column.LEGAL_BASIS.ordinal() ? NARROW : WIDE);
        }
        sheet.getRange(0, 0, 1, columns).setStyle(heading);
        for (int r = 0; r < table.size(); r++) {
            for (int c = 0; c < columns; c++) {
                sheet.getRange(r + 1, c).setValue(table.get(r).get(c));
            }
        }
        if (!table.isEmpty()) {
            sheet.getRange(1, 0, table.size(), columns).setStyle(body);
        }
        SpreadSheet document = new SpreadSheet();
        document.appendSheet(sheet);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            document.save(out);
            return stamped(out.toByteArray(), stamp);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
    }

    /**
     * The same archive with every entry dated {@code stamp}, in the same order; {@code mimetype} stays
     * first and stored, as ODF requires.
     */
    static byte[] stamped(byte[] zip, LocalDateTime stamp) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(stamp);
                if (e.getName().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(content.length);
                    copy.setCompressedSize(content.length);
                    copy.setCrc(crc.getValue());
                }
                z.putNextEntry(copy);
                z.write(content);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
