package org.importwindow.reference;

import java.time.LocalDate;
import java.util.List;

/**
 * A geographical area made of countries with dated memberships, e.g. WTO members or the partners of the
 * China-Australia FTA. Ids of groups are at least three characters, so they never clash with a country code.
 *
 * @param legalAct id of the legal act or source that defines the membership
 */
public record CountryGroup(String id, GroupKind kind, String nameEn, String nameZh, String legalAct,
                           List<GroupMembership> memberships) {
    public CountryGroup {
        memberships = List.copyOf(memberships);
    }

    /** Whether {@code country} belongs to this group on {@code date}. */
    public boolean includes(String country, LocalDate date) {
        if (kind == GroupKind.ERGA_OMNES) {
            return true;
        }
        for (GroupMembership m : memberships) {
            if (m.country().equals(country) && m.coversDate(date)) {
                return true;
            }
        }
        return false;
    }
}
