package seloste.model;

import java.util.Objects;

/**
 * Where a value was written: a file as the user names it, and a 1-based line and column.
 * Line and column are 0 when the position is the file as a whole.
 */
public record SourcePosition(String file, int line, int column) implements Comparable<SourcePosition> {

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 for the whole file");
        }
    }

    public static SourcePosition wholeFile(String file) {
        return new SourcePosition(file, 0, 0);
    }

    @Override
    public int compareTo(SourcePosition o) {
        int c = file.compareTo(o.file);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
