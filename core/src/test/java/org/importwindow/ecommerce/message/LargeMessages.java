package org.importwindow.ecommerce.message;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Messages at the schema's batch size, built from the official inventory sample. */
final class LargeMessages {
    private LargeMessages() {
    }

    /** A CEB621 with {@code lists} inventory lists, each the sample's first list with distinct numbers. */
    static String inventoryMessage(int lists) {
        String sample = Samples.text("CEB621Message");
        Matcher m = Pattern.compile("(?s)\\s*<ceb:Inventory>.*?</ceb:Inventory>").matcher(sample);
        if (!m.find()) {
            throw new IllegalStateException("no Inventory in the sample");
        }
        String one = m.group();
        int start = m.start();
        int end = sample.lastIndexOf("</ceb:Inventory>") + "</ceb:Inventory>".length();
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= lists; i++) {
            String n = String.format(Locale.ROOT, "%05d", i);
            body.append(one.replace("order2016030811340001", "order201603081134" + n)
                    .replace("NBBH20160308005", "NBBH201603" + n)
                    .replace("L201603081138007", "L2016030811" + n));
        }
        return sample.substring(0, start) + body + sample.substring(end);
    }
}
