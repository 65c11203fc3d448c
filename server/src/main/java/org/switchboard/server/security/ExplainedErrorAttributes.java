package org.switchboard.server.security;

import java.util.Map;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Error attributes for pages and JSON: status and path, plus {@code reason} ({@code csrf}, {@code role}) when access was
 * denied, so the error page can say what to do. Never the exception, its message or a stack trace.
 */
@Component
class ExplainedErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
        var attributes = super.getErrorAttributes(webRequest, ErrorAttributeOptions.defaults());
        var reason = webRequest.getAttribute(ExplainedAccessDenied.REASON_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (reason != null) {
            attributes.put("reason", reason);
        }
        return attributes;
    }
}
