package dev.callisto.application.callrecord;

import dev.callisto.domain.callrecord.CallRecord;
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

/** Writes call records as rows of a CSV file or an .xlsx sheet; the same columns either way. */
abstract class CallRecordSheet implements Closeable {

    private record Column(String title, Function<CallRecord, Object> value) {}

    private static final List<Column> COLUMNS = List.of(
            new Column("call id", CallRecord::callId),
            new Column("customer", CallRecord::customer),
            new Column("channel", CallRecord::channel),
            new Column("direction", CallRecord::direction),
            new Column("agents", r -> r.agentIds().replaceAll("^,|,$", "").replace(',', ' ')),
            new Column("skill group", CallRecord::skillGroupId),
            new Column("arrived", CallRecord::arrivedAt),
            new Column("answered", CallRecord::answeredAt),
            new Column("ended", CallRecord::endedAt),
            new Column("result", CallRecord::result),
            new Column("hung up by", CallRecord::hungUpBy),
            new Column("queue s", CallRecord::queueSeconds),
            new Column("ring s", CallRecord::ringSeconds),
            new Column("talk s", CallRecord::talkSeconds),
            new Column("hold s", CallRecord::holdSeconds),
            new Column("after-call work s", CallRecord::afterCallWorkSeconds),
            new Column("session s", CallRecord::sessionSeconds),
            new Column("satisfaction", CallRecord::satisfaction));

    static CallRecordSheet open(boolean xlsx, OutputStream out) throws IOException {
        CallRecordSheet sheet = xlsx ? new Xlsx(out) : new Csv(out);
        sheet.row(COLUMNS.stream().map(c -> (Object) c.title()).toList());
        return sheet;
    }

    void write(CallRecord r) throws IOException {
        row(COLUMNS.stream().map(c -> c.value().apply(r)).toList());
    }

    abstract void row(List<Object> cells) throws IOException;

    private static final class Csv extends CallRecordSheet {
        private final Writer out;

        Csv(OutputStream out) throws IOException {
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

    private static final class Xlsx extends CallRecordSheet {
        private final SXSSFWorkbook book = new SXSSFWorkbook(200);
        private final org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("call records");
        private final OutputStream out;
        private int rows;

        Xlsx(OutputStream out) {
            this.out = out;
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
