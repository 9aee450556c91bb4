/**
 * Recalls of defective consumer goods under 《消费品召回管理暂行规定》 (SAMR Order No. 19, in force 2020-01-01): a
 * recall case is the fold of its events ({@link org.importwindow.recall.RecallEvent}), each step's deadline is worked
 * out from the dated legal parameters ({@code recall.*} in {@code law/parameters.yaml}) and working days, and the
 * completion rate is measured at each level of the chain as the US CPSC measures it. For imported goods the importer
 * is the producer. Plain Java: no clock is read here, every answer takes its "as of" date.
 */
package org.importwindow.recall;
