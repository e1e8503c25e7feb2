package com.salesbot.adapter.discord;

import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/** Discord API failures in words a log reader acts on: what went wrong and the error code. */
final class ApiErrors {
    private ApiErrors() {}

    /** E.g. {@code MISSING_PERMISSIONS (50013: Missing permissions)}; never includes a token or message text. */
    static String describe(Throwable error) {
        if (error instanceof ErrorResponseException e) {
            return e.getErrorResponse() + " (" + e.getErrorCode() + ": " + e.getMeaning() + ")";
        }
        if (error instanceof InsufficientPermissionException e) {
            return "MISSING_PERMISSIONS (" + e.getPermission().getName() + ")";
        }
        return error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
    }

    /** True when the bot may not post where it tried, so telling the user somewhere else helps. */
    static boolean isPermissionProblem(Throwable error) {
        if (error instanceof InsufficientPermissionException) {
            return true;
        }
        return error instanceof ErrorResponseException e
                && (e.getErrorResponse() == ErrorResponse.MISSING_PERMISSIONS
                        || e.getErrorResponse() == ErrorResponse.MISSING_ACCESS);
    }
}
