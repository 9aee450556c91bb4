package org.importwindow.recall;

/** A level of the distribution chain at which the US CPSC measures a recall's correction rate. */
public enum ChainLevel {
    IMPORTER, DISTRIBUTOR, RETAILER, CONSUMER
}
