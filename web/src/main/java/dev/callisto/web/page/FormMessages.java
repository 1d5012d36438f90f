package dev.callisto.web.page;

import dev.callisto.domain.DomainException;
import dev.callisto.domain.InvalidInputException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Puts a refusal from the domain next to the form field it is about (a Faces message for that
 * field's component), or above the form when it names no field. Faces keeps what the user typed.
 */
final class FormMessages {

    private FormMessages() {}

    /**
     * @param form the form's client id, e.g. {@code tabs:agentForm}
     * @param fallbackField the field a refusal without a field is about (a conflict on the login)
     */
    static void show(String form, DomainException e, String fallbackField) {
        String field = e instanceof InvalidInputException i ? i.field() : fallbackField;
        String clientId = field == null ? null : form + ":" + field;
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()));
        FacesContext.getCurrentInstance().validationFailed();
    }

    static void saved(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
