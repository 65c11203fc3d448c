package org.switchboard.server.operations;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Field errors that a page adds after Bean Validation, for rules that span fields (e.g. "Erlang A needs a patience").
 * A form whose request holds a value of the wrong type (letters in a number, an unknown choice) is not built: its
 * binding result then has no form to read the field's value from, and Spring's {@code rejectValue} fails. These
 * errors are added either way, so the page shows every problem of the request next to its field.
 */
public final class FormErrors {

    private FormErrors() {}

    /**
     * Rejects a field with a message code.
     *
     * @param errors the binding result of the form
     * @param field the field
     * @param code the message code, also the default message
     */
    public static void reject(BindingResult errors, String field, String code) {
        if (errors.getTarget() != null) {
            errors.rejectValue(field, code, code);
        } else {
            errors.addError(new FieldError(
                    errors.getObjectName(), field, null, false, errors.resolveMessageCodes(code, field), null, code));
        }
    }
}
