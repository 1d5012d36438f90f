package dev.callisto.web.rest.customer;

import dev.callisto.application.Roles;
import dev.callisto.application.customer.CustomerCards;
import dev.callisto.application.customer.CustomerHistory;
import dev.callisto.application.ticket.TicketSettings;
import dev.callisto.domain.customer.CardLayout;
import dev.callisto.domain.customer.CustomerCard;
import dev.callisto.domain.ticket.TicketType;
import dev.callisto.web.rest.RequestValidator;
import dev.callisto.web.rest.callrecord.CallRecordView;
import dev.callisto.web.rest.ticket.TicketForms.FieldForm;
import dev.callisto.web.rest.ticket.TicketViews.FieldView;
import dev.callisto.web.rest.ticket.TicketViews.TicketView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the screen pop shows about a customer: their card (name, tags, notes and the tenant's
 * custom fields, editable by staff) and their history (recent calls and tickets). Admins choose
 * the card's fields.
 */
@Path("/customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class CustomerResource {

    @Inject
    private CustomerHistory history;

    @Inject
    private TicketSettings settings;

    @Inject
    private Clock clock;

    @Inject
    private CustomerCards cards;

    @Inject
    private RequestValidator validator;

    public record CardField(
            String key, String label, String kind, boolean required, List<String> options, Object value) {}

    public record CardView(
            String customer,
            String name,
            List<String> tags,
            String notes,
            List<CardField> fields,
            Instant updatedAt,
            String updatedBy) {
        static CardView of(CustomerCard card, CardLayout layout) {
            Map<String, Object> values = layout.present(card.values());
            return new CardView(
                    card.customer(),
                    card.name(),
                    card.tags(),
                    card.notes(),
                    layout.fields().stream()
                            .map(f -> new CardField(
                                    f.key(),
                                    f.label(),
                                    f.kind().name(),
                                    f.required(),
                                    f.options(),
                                    values.get(f.key())))
                            .toList(),
                    card.updatedAt(),
                    card.updatedBy());
        }
    }

    public record CardForm(
            @Size(max = 120) String name,
            @Size(max = 20) List<@Size(max = 30) String> tags,
            @Size(max = 2000) String notes,
            Map<String, Object> fields) {}

    public record LayoutForm(@NotNull @Size(max = 30) List<@NotNull @Valid FieldForm> fields) {}

    @GET
    @Path("/card-fields")
    public List<FieldView> cardFields() {
        return cards.layout().fields().stream().map(FieldView::of).toList();
    }

    @PUT
    @Path("/card-fields")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public List<FieldView> changeCardFields(LayoutForm form) {
        validator.valid(form);
        return cards
                .changeLayout(form.fields().stream().map(FieldForm::definition).toList())
                .fields()
                .stream()
                .map(FieldView::of)
                .toList();
    }

    @GET
    @Path("/{customer}/card")
    public CardView card(@PathParam("customer") String customer) {
        return CardView.of(cards.of(customer), cards.layout());
    }

    @PUT
    @Path("/{customer}/card")
    @Consumes(MediaType.APPLICATION_JSON)
    public CardView saveCard(@PathParam("customer") String customer, CardForm form) {
        validator.valid(form);
        CustomerCard card = cards.save(customer, form.name(), form.tags(), form.notes(), form.fields());
        return CardView.of(card, cards.layout());
    }

    public record HistoryView(String customer, List<CallRecordView> calls, List<TicketView> tickets) {}

    @GET
    @Path("/{customer}/history")
    public HistoryView history(@PathParam("customer") String customer) {
        CustomerHistory.History found = history.of(customer);
        Map<Long, TicketType> types =
                settings.types().stream().collect(Collectors.toMap(TicketType::id, Function.identity()));
        return new HistoryView(
                customer,
                found.calls().stream().map(r -> CallRecordView.of(r, false)).toList(),
                found.tickets().stream()
                        .map(t -> TicketView.of(t, types.get(t.typeId()), clock.instant(), false))
                        .toList());
    }
}
