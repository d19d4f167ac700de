/**
 * Benchmarks, one package per area: JMH for the in-process parts ({@code availability}, {@code dispatch},
 * {@code intake}, and the raw infrastructure in {@code baseline}), a Gatling simulation for booking contention
 * ({@code contention}, in src/test/java where the Gatling plugin finds it), and timed runs of the services as
 * processes ({@code confirmation}, {@code footprint}). Each part measures, in the same run and against the same
 * servers, a raw Kafka round trip and a raw Mongo write ({@code support.Baselines}), so every figure can also be read
 * as a multiple of them. Results go to {@code benchmarks/target/benchmark-figures.md}, then docs/benchmarks.md.
 */
package com.stillpoint.benchmarks;
