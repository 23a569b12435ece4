/**
 * JMH benchmarks of jrace's cost, and {@link dev.jrace.benchmarks.Compare}, which runs each one
 * without and with the agent and prints the ratio. jrace never instruments {@code dev.jrace.*}:
 * the benchmark methods here only call into {@code bench.workloads}, where the measured work is.
 */
package dev.jrace.benchmarks;
