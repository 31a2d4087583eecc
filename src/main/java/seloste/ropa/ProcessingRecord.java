package seloste.ropa;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import seloste.model.Language;

/**
 * A controller's record of processing activities in one language: one row per purpose of each of its
 * notices, a cell per {@link Column}, and what Art. 30(1) asks for that the sources lack.
 *
 * @param sheet the name of the table, in the record's language
 * @param headings the heading of each column, in {@link Column} order
 * @param rows one per purpose; each maps every column to its text, empty where the sources lack it
 */
public record ProcessingRecord(Language language, String sheet, List<String> headings,
        List<Map<Column, String>> rows, List<Gap> gaps) {

    public ProcessingRecord {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(sheet, "sheet");
        headings = List.copyOf(headings);
        rows = rows.stream().map(Map::copyOf).toList();
        gaps = List.copyOf(gaps);
    }

    /** The cells of each row in column order, for writers. */
    public List<List<String>> table() {
        return rows.stream().map(r -> java.util.Arrays.stream(Column.values()).map(c -> r.getOrDefault(c, ""))
                .toList()).toList();
    }
}
