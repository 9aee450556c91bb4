package org.importwindow.ecommerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The tax question of one inventory list: its date (the law and rates in force that day apply, and the buyer's
 * allowance year is that day's year), the buyer's resident ID number, the lines, and the freight and insurance in
 * yuan (null = 0). The dutiable price is goods + freight + insurance (财关税〔2016〕18号: 实际交易价格（包括货物零售价格、
 * 运费和保险费）作为完税价格).
 */
public record CbecTaxRequest(LocalDate date, String buyerIdNumber, List<CbecLine> lines, BigDecimal freight,
                             BigDecimal insuredFee) {
    public CbecTaxRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
