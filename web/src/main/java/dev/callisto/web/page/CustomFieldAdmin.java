package dev.callisto.web.page;

import dev.callisto.application.call.WrapUpService;
import dev.callisto.application.customer.CustomerCards;
import dev.callisto.domain.DomainException;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.call.WrapUpField;
import dev.callisto.domain.field.FieldDefinition;
import dev.callisto.domain.field.FieldKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The admin console's custom fields: those of the customer card (shown and edited on the screen
 * pop) and those of the service summary agents fill in after a call.
 */
@Named
@ViewScoped
public class CustomFieldAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which form a new field is for. */
    public enum Form {
        CUSTOMER_CARD,
        SERVICE_SUMMARY
    }

    @Inject
    private transient CustomerCards cards;

    @Inject
    private transient WrapUpService summaries;

    private Form form = Form.CUSTOMER_CARD;

    @NotBlank
    @Size(max = 40)
    private String key;

    @Size(max = 80)
    private String label;

    @NotNull
    private FieldKind kind = FieldKind.TEXT;

    private boolean required;

    @Size(max = 1000)
    private String options;

    public List<FieldDefinition> getCardFields() {
        return cards.layout().fields();
    }

    public List<WrapUpField> getSummaryFields() {
        return summaries.fields();
    }

    public Form[] getForms() {
        return Form.values();
    }

    public FieldKind[] getKinds() {
        return FieldKind.values();
    }

    public void add() {
        List<String> choices = options == null || options.isBlank()
                ? List.of()
                : Arrays.stream(options.split(",")).map(String::strip).toList();
        try {
            if (form == Form.CUSTOMER_CARD) {
                List<FieldDefinition> fields = new ArrayList<>(cards.layout().fields());
                fields.add(new FieldDefinition(key, label, kind, required, choices));
                cards.changeLayout(fields);
            } else {
                summaries.define(key, label == null ? key : label, summaryType(), choices, required);
            }
            FormMessages.saved("Field " + key + " added");
            key = null;
            label = null;
            options = null;
        } catch (InvalidInputException e) {
            // The definition names "fields.key", "fields.options"...: the form's own inputs.
            FormMessages.showAt("tabs:fieldForm", e.field().replaceFirst("^fields\\.", ""), e.getMessage());
        } catch (DomainException e) {
            FormMessages.show("tabs:fieldForm", e, "key");
        }
    }

    public void removeCardField(String fieldKey) {
        cards.changeLayout(cards.layout().fields().stream()
                .filter(f -> !f.key().equals(fieldKey))
                .toList());
        FormMessages.saved("Field " + fieldKey + " removed from the customer card");
    }

    private WrapUpField.Type summaryType() {
        return switch (kind) {
            case TEXT -> WrapUpField.Type.TEXT;
            case NUMBER -> WrapUpField.Type.NUMBER;
            case CHOICE -> WrapUpField.Type.CHOICE;
            default -> throw new InvalidInputException("kind", "summary fields are text, number or choice");
        };
    }

    public Form getForm() {
        return form;
    }

    public void setForm(Form form) {
        this.form = form;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public FieldKind getKind() {
        return kind;
    }

    public void setKind(FieldKind kind) {
        this.kind = kind;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }
}
