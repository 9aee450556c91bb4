/**
 * Recall pages (issue 5): the public notices at {@code /recalls} (search without JavaScript, one notice, an Atom
 * feed in Chinese or English at {@code /recalls/feed}) and the case pages at {@code /recall-cases} for the importer
 * and the regulator (deadlines, overdue flags, the timeline and the forms of each step).
 */
package org.importwindow.server.web.recall;
