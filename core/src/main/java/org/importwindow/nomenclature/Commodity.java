package org.importwindow.nomenclature;

/**
 * A node of the goods nomenclature: an HS chapter (2 digits), heading (4), subheading (6) or a national tariff
 * line (8 digits; 10 for statistical lines).
 *
 * @param code          digits only, 2 to 10 long
 * @param parentCode    the code of the parent node, or null for a chapter
 * @param section       the section numeral (I..XXI)
 * @param declarable    whether goods may be declared under this code (a leaf of the national schedule)
 * @param legalUnit     the first legal unit of quantity (a {@code Unit} code such as KGM or LTR), may be null
 */
public record Commodity(String code, String parentCode, String section, String descriptionEn, String descriptionZh,
                        boolean declarable, String legalUnit) {

    public int level() {
        return code.length();
    }

    /** Description in the requested language, falling back to the other one. */
    public String description(String language) {
        if ("zh".equals(language)) {
            return descriptionZh != null && !descriptionZh.isBlank() ? descriptionZh : descriptionEn;
        }
        return descriptionEn != null && !descriptionEn.isBlank() ? descriptionEn : descriptionZh;
    }
}
