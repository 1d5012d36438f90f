package dev.callisto.web.page;

import dev.callisto.application.ivr.PromptLibrary;
import dev.callisto.domain.DomainException;
import dev.callisto.domain.ivr.Prompt;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * The admin console's prompt library: prompts uploaded as WAV or rendered from text by the
 * server's text-to-speech wait for approval by someone other than who added them; each can be
 * listened to before it is approved or rejected.
 */
@Named
@ViewScoped
public class PromptAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PromptLibrary library;

    @NotBlank
    @Size(max = 40)
    private String name;

    private String language = "zh";

    @Size(max = 500)
    private String text;

    private transient UploadedFile file;

    @Size(max = 200)
    private String note;

    public List<Prompt> getPrompts() {
        return library.list();
    }

    /** Adds the chosen WAV file, or else the text rendered as speech. */
    public void add() {
        try {
            if (file != null && file.getSize() > 0) {
                try (InputStream in = file.getInputStream()) {
                    library.upload(name, in);
                }
            } else {
                library.speak(name, language, text);
            }
            FormMessages.saved("Prompt " + name + " added; it waits for approval");
            name = null;
            text = null;
        } catch (DomainException e) {
            FormMessages.show("tabs:promptForm", e, "name");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void review(Prompt prompt, boolean approved) {
        try {
            library.review(prompt.id(), approved, note);
            FormMessages.saved("Prompt " + prompt.name() + (approved ? " approved" : " rejected"));
            note = null;
        } catch (DomainException e) {
            FormMessages.show("tabs:reviewForm", e, null);
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
