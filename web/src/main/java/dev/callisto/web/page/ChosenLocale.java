package dev.callisto.web.page;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Map;

/**
 * The pages speak the browser's language (Simplified Chinese or English) unless the user chose:
 * {@code ?lang=zh} or {@code ?lang=en} on any page switches, and the choice stays for the session.
 */
public class ChosenLocale extends ViewHandlerWrapper {

    private static final String CHOICE = "callisto.lang";

    public ChosenLocale(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        String asked = external.getRequestParameterMap().get("lang");
        Map<String, Object> session = external.getSessionMap();
        if ("zh".equals(asked) || "en".equals(asked)) {
            session.put(CHOICE, asked);
        }
        Object chosen = session.get(CHOICE);
        if ("zh".equals(chosen)) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        if ("en".equals(chosen)) {
            return Locale.ENGLISH;
        }
        return super.calculateLocale(context);
    }
}
