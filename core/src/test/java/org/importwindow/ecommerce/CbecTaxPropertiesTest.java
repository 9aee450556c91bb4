package org.importwindow.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CbecTaxPropertiesTest {

    @Provide
    Arbitrary<List<BigDecimal>> prices() {
        return Arbitraries.longs().between(1, 500_000).map(f -> BigDecimal.valueOf(f, 2)).list().ofMinSize(1)
                .ofMaxSize(12);
    }

    @Provide
    Arbitrary<BigDecimal> charges() {
        return Arbitraries.longs().between(0, 50_000).map(f -> BigDecimal.valueOf(f, 2));
    }

    @Property(tries = 500)
    void freight_allocated_over_the_lines_adds_up_to_the_fen_and_follows_the_prices(
            @ForAll("prices") List<BigDecimal> prices, @ForAll("charges") BigDecimal freight) {
        List<CbecLine> lines = new ArrayList<>();
        BigDecimal goods = BigDecimal.ZERO;
        for (int i = 0; i < prices.size(); i++) {
            lines.add(new CbecLine(i + 1, "22042100", "x", "FR", BigDecimal.ONE, null, prices.get(i), Map.of()));
            goods = goods.add(prices.get(i));
        }
        BigDecimal[] shares = CbecTax.allocate(lines, goods, freight);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < shares.length; i++) {
            assertThat(shares[i].scale()).isEqualTo(2);
            assertThat(shares[i].signum()).isGreaterThanOrEqualTo(0);
            BigDecimal exact = freight.multiply(prices.get(i)).divide(goods, 10, java.math.RoundingMode.HALF_UP);
            // each share is its proportion to the fen; the line carrying the rounding difference at most a few fen
            assertThat(shares[i].subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.01")
                    .multiply(BigDecimal.valueOf(shares.length)));
            sum = sum.add(shares[i]);
        }
        assertThat(sum).isEqualByComparingTo(freight);
    }
}
