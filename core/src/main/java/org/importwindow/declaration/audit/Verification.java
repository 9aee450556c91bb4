package org.importwindow.declaration.audit;

/**
 * The result of verifying a chain: valid with the number of events checked, or the first tampered event.
 *
 * @param checked          events verified before the first broken one (all of them when valid)
 * @param firstTamperedSequence sequence of the first broken event, null when valid
 * @param firstTamperedEventId  its id, null when valid
 * @param reason           why it is broken, null when valid
 */
public record Verification(boolean valid, int checked, Long firstTamperedSequence, String firstTamperedEventId,
                           String reason) {

    public static Verification ok(int checked) {
        return new Verification(true, checked, null, null, null);
    }
}
