package dev.callisto.application.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes rows of a CSV file or an .xlsx sheet, with a title row from the columns; the same either way. */
public abstract class Sheet<T> implements Closeable {

    /** A column: its title and how to read its cell from an item. */
    public record Column<T>(String title, Function<T, Object> value) {}

    private final List<Column<T>> columns;

    private Sheet(List<Column<T>> columns) {
        this.columns = columns;
    }

    static <T> Sheet<T> open(boolean xlsx, OutputStream out, String title, List<Column<T>> columns) throws IOException {
        Sheet<T> sheet = xlsx ? new Xlsx<>(out, title, columns) : new Csv<>(out, columns);
        sheet.row(columns.stream().map(c -> (Object) c.title()).toList());
        return sheet;
    }

    void write(T item) throws IOException {
        row(columns.stream().map(c -> c.value().apply(item)).toList());
    }

    abstract void row(List<Object> cells) throws IOException;

    private static final class Csv<T> extends Sheet<T> {
        private final Writer out;

        Csv(OutputStream out, List<Column<T>> columns) throws IOException {
            super(columns);
            this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            this.out.write('\uFEFF'); // so that Excel reads UTF-8 (Chinese names) correctly
        }

        @Override
        void row(List<Object> cells) throws IOException {
            StringBuilder line = new StringBuilder();
            for (Object cell : cells) {
                String text = cell == null ? "" : cell.toString();
                boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n");
                line.append(line.isEmpty() ? "" : ",").append(quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
            }
            out.write(line.append("\r\n").toString());
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private static final class Xlsx<T> extends Sheet<T> {
        private final SXSSFWorkbook book = new SXSSFWorkbook(200);
        private final org.apache.poi.ss.usermodel.Sheet sheet;
        private final OutputStream out;
        private int rows;

        Xlsx(OutputStream out, String title, List<Column<T>> columns) {
            super(columns);
            this.out = out;
            this.sheet = book.createSheet(title);
        }

        @Override
        void row(List<Object> cells) {
            Row row = sheet.createRow(rows++);
            for (int i = 0; i < cells.size(); i++) {
                Object cell = cells.get(i);
                if (cell instanceof Number n) {
                    row.createCell(i).setCellValue(n.doubleValue());
                } else if (cell != null) {
                    row.createCell(i).setCellValue(cell.toString());
                }
            }
        }

        @Override
        public void close() throws IOException {
            try (out) {
                book.write(out);
            } finally {
                book.close();
            }
        }
    }
}
