package com.stillpoint.localstack.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a failed launch as a problem and an action, instead of a stack trace. */
class PlatformLaunchFailureAnalyzer extends AbstractFailureAnalyzer<PlatformLaunchException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PlatformLaunchException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
