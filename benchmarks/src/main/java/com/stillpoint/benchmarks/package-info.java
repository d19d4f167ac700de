/**
 * JMH benchmarks, one package per area. Each benchmark measures, in the same run, a baseline of the raw
 * infrastructure on this machine (a Kafka round trip, a Mongo write), so results can be read as ratios too.
 * Results and the machine they were measured on go to docs/benchmarks.md.
 */
package com.stillpoint.benchmarks;
