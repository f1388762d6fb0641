package kz.qogam.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An error as RFC 9457 problem details ({@code application/problem+json}).
 *
 * @param type     a URI naming the kind of problem ({@code about:blank} for plain HTTP errors)
 * @param title    a short summary of the kind
 * @param status   the HTTP status
 * @param detail   what was wrong in this request and what to do
 * @param instance the request path
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
