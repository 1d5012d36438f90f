package dev.callisto.application.export;

import dev.callisto.application.Page;
import java.util.List;

/** Something an export job can write out: a search, read page by page, and the columns of a row. */
public interface ExportSource<T> {

    /** What is exported, in file names and the download list: "call-records", "tickets". */
    String subject();

    List<Sheet.Column<T>> columns();

    Page<T> page(int number, int size);
}
