package dev.callisto.web.page;

import dev.callisto.domain.DomainException;
import dev.callisto.domain.InvalidInputException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Puts a refusal from the domain next to the form field it is about (a Faces message for that
 * field's component), or above the form when it names no field of the form. Faces keeps what the
 * user typed.
 */
final class FormMessages {

    private FormMessages() {}

    /**
     * @param form the form's client id, e.g. {@code tabs:agentForm}
     * @param fallbackField the field a refusal without a field is about (a conflict on the login)
     */
    static void show(String form, DomainException e, String fallbackField) {
        showAt(form, e instanceof InvalidInputException i ? i.field() : fallbackField, e.getMessage());
    }

    /**
     * @param field the id of the form's input the refusal is about, or null; a field the form has
     *     no input for (a part of a JSON document, say) is told above the form
     */
    static void showAt(String form, String field, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String clientId = field == null ? null : form + ":" + field;
        if (clientId != null && faces.getViewRoot().findComponent(":" + clientId) == null) {
            clientId = null;
        }
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        faces.validationFailed();
    }

    static void saved(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
