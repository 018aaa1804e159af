package org.iwprarchive.api.problem;

import java.io.IOException;

/** A request body passed its size limit while it was read; what was read is thrown away. */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long limit) {
        super("The request body is larger than the limit of " + limit + " bytes");
    }
}
