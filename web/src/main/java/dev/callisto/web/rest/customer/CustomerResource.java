package dev.callisto.web.rest.customer;

import dev.callisto.application.Roles;
import dev.callisto.application.customer.CustomerHistory;
import dev.callisto.application.ticket.TicketSettings;
import dev.callisto.domain.ticket.TicketType;
import dev.callisto.web.rest.callrecord.CallRecordView;
import dev.callisto.web.rest.ticket.TicketViews.TicketView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A customer's history for the screen pop: recent calls and tickets. */
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
