package org.importwindow.server.declaration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code importwindow.declarations.*}.
 *
 * @param samplingSeed seed of the random sampling draw; the core derives each declaration's draw from it and the
 *                     declaration's reference, so the same submission always gets the same channel
 * @param listLimit    most declarations one list answer holds
 * @param batchLimit   most declarations one batch lodgement ({@code POST /api/v1/declarations/batch}) carries
 */
@ConfigurationProperties("importwindow.declarations")
public record DeclarationProperties(@DefaultValue("20260316") long samplingSeed,
                                    @DefaultValue("500") int listLimit,
                                    @DefaultValue("100") int batchLimit) {
}
