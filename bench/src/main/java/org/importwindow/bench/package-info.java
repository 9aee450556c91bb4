/** JMH benchmarks and measurement programs that produce the README's figures. */
package org.importwindow.bench;
