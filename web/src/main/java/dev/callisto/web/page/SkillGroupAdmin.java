package dev.callisto.web.page;

import dev.callisto.application.SkillGroupService;
import dev.callisto.domain.DomainException;
import dev.callisto.domain.skillgroup.GroupPurpose;
import dev.callisto.domain.skillgroup.SkillGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** The admin console's skill groups: the list and a form to add one (inbound or telemarketing). */
@Named
@ViewScoped
public class SkillGroupAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SkillGroupService groups;

    @NotBlank
    @Size(max = 80)
    private String name;

    @Size(max = 400)
    private String description;

    @Min(0)
    @Max(3600)
    private int afterCallWorkSeconds;

    private GroupPurpose purpose = GroupPurpose.INBOUND;

    public List<SkillGroup> getGroups() {
        return groups.list(null, 0, 200).items();
    }

    public GroupPurpose[] getPurposes() {
        return GroupPurpose.values();
    }

    public void add() {
        try {
            groups.create(name, description, afterCallWorkSeconds, purpose);
            FormMessages.saved("Skill group " + name + " added");
            name = null;
            description = null;
        } catch (DomainException e) {
            FormMessages.show("tabs:groupForm", e, "name");
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public int getAfterCallWorkSeconds() {
        return afterCallWorkSeconds;
    }

    public void setAfterCallWorkSeconds(int afterCallWorkSeconds) {
        this.afterCallWorkSeconds = afterCallWorkSeconds;
    }

    public GroupPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(GroupPurpose purpose) {
        this.purpose = purpose;
    }
}
