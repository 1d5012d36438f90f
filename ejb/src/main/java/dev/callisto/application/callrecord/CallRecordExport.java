package dev.callisto.application.callrecord;

import dev.callisto.application.Page;
import dev.callisto.application.export.ExportSource;
import dev.callisto.application.export.Sheet.Column;
import dev.callisto.domain.callrecord.CallRecord;
import java.util.List;

/** A call record search as an export: the same columns in CSV and .xlsx. */
public record CallRecordExport(CallRecordService records, CallRecordQuery query) implements ExportSource<CallRecord> {

    private static final List<Column<CallRecord>> COLUMNS = List.of(
            new Column<>("call id", CallRecord::callId),
            new Column<>("customer", CallRecord::customer),
            new Column<>("channel", CallRecord::channel),
            new Column<>("direction", CallRecord::direction),
            new Column<>("agents", r -> r.agentIds().replaceAll("^,|,$", "").replace(',', ' ')),
            new Column<>("skill group", CallRecord::skillGroupId),
            new Column<>("arrived", CallRecord::arrivedAt),
            new Column<>("answered", CallRecord::answeredAt),
            new Column<>("ended", CallRecord::endedAt),
            new Column<>("result", CallRecord::result),
            new Column<>("hung up by", CallRecord::hungUpBy),
            new Column<>("IVR s", CallRecord::ivrSeconds),
            new Column<>("IVR keys", CallRecord::ivrKeys),
            new Column<>("queue s", CallRecord::queueSeconds),
            new Column<>("ring s", CallRecord::ringSeconds),
            new Column<>("talk s", CallRecord::talkSeconds),
            new Column<>("hold s", CallRecord::holdSeconds),
            new Column<>("after-call work s", CallRecord::afterCallWorkSeconds),
            new Column<>("session s", CallRecord::sessionSeconds),
            new Column<>("satisfaction", CallRecord::satisfaction),
            new Column<>("customer MOS", CallRecord::customerMos),
            new Column<>("agent MOS", CallRecord::agentMos),
            new Column<>("lowest MOS", CallRecord::lowestMos));

    @Override
    public String subject() {
        return "call-records";
    }

    @Override
    public List<Column<CallRecord>> columns() {
        return COLUMNS;
    }

    @Override
    public Page<CallRecord> page(int number, int size) {
        return records.search(query, number, size);
    }
}
