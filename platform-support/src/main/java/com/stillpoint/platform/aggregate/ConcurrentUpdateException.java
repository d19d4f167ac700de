package com.stillpoint.platform.aggregate;

import com.stillpoint.platform.problem.ConflictException;

/** Someone else changed the aggregate since it was read. The caller may reload and try again. */
public class ConcurrentUpdateException extends ConflictException {

    ConcurrentUpdateException(String collection, String id) {
        super("concurrent-update", "The " + collection + " record " + id + " was changed meanwhile; reload and retry.");
    }
}
