package org.importwindow.server.ecommerce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The suite runs with the RocksDB store, the default, and with the SQL store when asked: {@code mvn -pl server test
 * -Dimportwindow.cbec.store=sql} (Surefire hands the property to the tests' JVM, where Spring reads it like any
 * system property). RocksDB lets one process open a directory once, and the suite keeps several application
 * contexts open at a time, most of them on the same data directory; so each context gets a directory of its own,
 * unless its test chose one; the same for the EPCIS store ({@code importwindow.epcis.rocksdb-dir}, which is RocksDB
 * unless a test chooses {@code importwindow.epcis.store=sql}).
 */
public class RocksdbPerContext implements ContextCustomizerFactory {
    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return new OwnDirectory();
    }

    /** All equal, so the contexts are cached as without it; each one made gets its own directory. */
    static final class OwnDirectory implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            boolean cbecOnSql = "sql".equalsIgnoreCase(System.getProperty("importwindow.cbec.store", ""));
            if (!cbecOnSql) {
                ownDirectory(context, "importwindow.cbec.rocksdb-dir", "iw-cbec-rocksdb-suite");
                smallMemtable(context);
            }
            ownDirectory(context, "importwindow.epcis.rocksdb-dir", "iw-epcis-rocksdb-suite");
        }

        private static void ownDirectory(ConfigurableApplicationContext context, String property, String prefix) {
            if (context.getEnvironment().getProperty(property) == null) {
                try {
                    String dir = Files.createTempDirectory(prefix).toString();
                    context.getEnvironment().getPropertySources().addLast(new MapPropertySource(
                            "rocksdbPerContext-" + property, Map.of(property, dir)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        /**
         * A memory table of 16 MB, below anything a test or the command line says (the benchmark's test keeps the
         * default): RocksDB reserves about as much disk as the memory table for its log, and the suite keeps several
         * contexts open at a time, which held 3.4 GB of /tmp with the 512 MB of production.
         */
        private static void smallMemtable(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addLast(new MapPropertySource("rocksdbPerContext-memtable",
                    Map.of("importwindow.cbec.rocksdb-memtable-mb", "16")));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof OwnDirectory;
        }

        @Override
        public int hashCode() {
            return OwnDirectory.class.hashCode();
        }
    }
}
