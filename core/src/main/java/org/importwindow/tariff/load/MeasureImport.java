package org.importwindow.tariff.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The measure importer: reads a measure file, checks every row, and returns either all its measures or all its
 * errors ({@link ImportResult}). Nothing is ever half-imported. Callers that store measures (the server's import
 * command) call {@link #read(Reader, ImportContext)} and store only when {@link ImportResult#isValid()}.
 */
public final class MeasureImport {
    private MeasureImport() {
    }

    /** Read and check a measure file from a character stream. */
    public static ImportResult read(Reader in, ImportContext context) {
        return new MeasureFileReader(context).read(in);
    }

    /** Read and check a UTF-8 measure file from a byte stream; malformed UTF-8 is an error, not a replacement. */
    public static ImportResult read(InputStream in, ImportContext context) {
        return read(new BufferedReader(new InputStreamReader(in, strictUtf8()), 1 << 16), context);
    }

    /** Read and check a measure file on disk; rows are counted first so progress can show a percentage. */
    public static ImportResult read(Path file, ImportContext context) {
        long total = countDataLines(file);
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, context.withProgress(context.progress(), total));
        } catch (IOException e) {
            return new ImportResult(List.of(), List.of(new MeasureFileError(0, "", MeasureRule.FILE,
                    "cannot read " + file + ": " + e.getMessage())), 0);
        }
    }

    private static long countDataLines(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            long lines = 0;
            int n;
            int last = '\n';
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
                last = buf[n - 1];
            }
            if (last != '\n') {
                lines++;
            }
            return Math.max(0, lines - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
