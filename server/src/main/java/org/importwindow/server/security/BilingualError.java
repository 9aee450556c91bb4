package org.importwindow.server.security;

/**
 * One entry of the {@code errors} array of the protected API's problem+json answers: the issue-2 shape
 * {@code {code, path, message}} plus the message in Chinese.
 */
public record BilingualError(String code, String path, String message, String messageZh) {

    public BilingualError {
        code = code == null ? "" : code;
        path = path == null ? "" : path;
        message = message == null ? "" : message;
        messageZh = messageZh == null || messageZh.isEmpty() ? message : messageZh;
    }
}
