package com.salesbot.adapter.discord.standin;

import net.dv8tion.jda.api.utils.data.DataObject;

/** One call the REST stand-in received: method, path below {@code /api/v10/}, auth header and body. */
public record RecordedRequest(String method, String path, String authorization, String contentType, String body) {

    /** The body as JSON; a multipart body (files attached) gives its {@code payload_json} part. */
    public DataObject json() {
        if (contentType != null && contentType.startsWith("multipart/")) {
            int start = body.indexOf("name=\"payload_json\"");
            int open = body.indexOf('{', start);
            int close = body.indexOf("\r\n--", open);
            return DataObject.fromJson(body.substring(open, close).strip());
        }
        return DataObject.fromJson(body);
    }

    public boolean is(String expectedMethod, String pathPattern) {
        return method.equals(expectedMethod) && path.matches(pathPattern);
    }

    @Override
    public String toString() {
        return method + " " + path + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
}
