package org.importwindow.reference;

/**
 * A rate code of the tariff book (e.g. {@code AU} China-Australia FTA, {@code JPR} RCEP for Japan, {@code LD}
 * least developed countries), its category and the group of its partners.
 *
 * @param code     the tariff book's code, e.g. {@code AU}, {@code ASR}, {@code LD}
 * @param groupId  the {@link CountryGroup} of partners whose goods may claim it
 */
public record PreferentialArrangement(String code, ArrangementCategory category, String nameZh, String nameEn,
                                      String shortZh, String groupId, String legalAct) {
}
