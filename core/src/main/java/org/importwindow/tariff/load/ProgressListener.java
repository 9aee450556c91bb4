package org.importwindow.tariff.load;

/** Told how far an import has got, so a command line or a web page can show progress. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    /**
     * @param rowsDone  measure rows checked so far
     * @param totalRows measure rows in the file, or -1 when not known in advance
     */
    void progress(long rowsDone, long totalRows);
}
