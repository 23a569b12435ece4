/**
 * The work the benchmarks measure: plain classes, outside {@code dev.jrace.*} so that jrace
 * instruments them (it never instruments its own packages, and the JMH harness in
 * {@code dev.jrace.benchmarks} only calls in here). Nothing in this package races.
 */
package bench.workloads;
