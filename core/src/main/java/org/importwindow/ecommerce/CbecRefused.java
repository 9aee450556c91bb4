package org.importwindow.ecommerce;

import java.util.List;
import java.util.stream.Collectors;

/** The list (or return) is refused: every reason found, each with its spec code; nothing was debited or credited. */
public record CbecRefused(List<CbecRejection> rejections) implements CbecTaxResult, CbecReturnResult {

    public CbecRefused {
        rejections = List.copyOf(rejections);
        if (rejections.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one reason");
        }
    }

    @Override
    public boolean accepted() {
        return false;
    }

    /** The first reason: its code is the receipt's error code. */
    public CbecRejection first() {
        return rejections.get(0);
    }

    /** A receipt's returnInfo: the first reason's code, then every reason in Chinese and English. */
    public String returnInfo() {
        return first().code() + " " + rejections.stream().map(r -> r.zh() + " " + r.en())
                .collect(Collectors.joining("; "));
    }
}
