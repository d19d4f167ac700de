package com.stillpoint.benchmarks.footprint;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProcStatusTest {

    @Test
    void readsTheResidentSetInMegabytes() {
        List<String> status = List.of("Name:\tjava", "VmPeak:\t 9000000 kB", "VmHWM:\t  600000 kB",
                "VmRSS:\t  524288 kB", "Threads:\t42");

        assertThat(ProcStatus.residentMegabytes(status)).isCloseTo(512.0, within(0.001));
    }

    @Test
    void readsThisJvmsOwnMemory() {
        assertThat(ProcStatus.residentMegabytes(ProcessHandle.current().pid())).isPositive();
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(StartupFootprintRun.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThat(StartupFootprintRun.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
    }
}
