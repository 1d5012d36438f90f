package dev.callisto.web.rest.agent;

import dev.callisto.application.AgentService;
import dev.callisto.application.AgentStateService;
import dev.callisto.application.Page;
import dev.callisto.application.Roles;
import dev.callisto.application.call.AfterCallWorkService;
import dev.callisto.application.phone.AgentPhoneService;
import dev.callisto.application.phone.PhoneNetwork;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.agent.AgentPhone;
import dev.callisto.domain.agent.AgentState;
import dev.callisto.web.rest.QueryParams;
import dev.callisto.web.rest.RequestValidator;
import dev.callisto.web.rest.call.CallForms;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Agents and their state. */
@Path("/agents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class AgentResource {

    @Inject
    private AgentService agents;

    @Inject
    private AgentStateService states;

    @Inject
    private RequestValidator validator;

    @Inject
    private AfterCallWorkService afterCallWork;

    @Inject
    private AgentPhoneService phones;

    @Inject
    private PhoneNetwork network;

    /** Lists agents; filter by {@code q} (login or name) and {@code state}. */
    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Page<AgentView> list(
            @QueryParam("q") String q,
            @QueryParam("state") String state,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return agents.list(
                        q,
                        QueryParams.optionalEnum("state", state, AgentState.class),
                        QueryParams.integer("page", page, 0),
                        QueryParams.integer("size", size, 20))
                .map(AgentView::of);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response create(AgentForm form, @Context UriInfo uri) {
        validator.valid(form);
        Agent agent = agents.create(form.login(), form.profile());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(agent.id()))
                        .build())
                .entity(AgentView.of(agent))
                .build();
    }

    @GET
    @Path("/{id}")
    public AgentView get(@PathParam("id") long id) {
        return AgentView.of(agents.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    public AgentView update(@PathParam("id") long id, AgentForm form) {
        validator.valid(form);
        if (!agents.get(id).login().equals(form.login())) {
            throw new InvalidInputException("login", "the login of an agent cannot change");
        }
        return AgentView.of(agents.update(id, form.profile()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("id") long id) {
        agents.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/state")
    public AgentView state(@PathParam("id") long id) {
        return AgentView.of(agents.get(id));
    }

    /** Sign in (IDLE or BUSY from SIGNED_OUT), get ready, go busy, take a break, or sign out. */
    @PUT
    @Path("/{id}/state")
    public AgentView changeState(@PathParam("id") long id, StateForm form) {
        validator.valid(form);
        if (form.answerMode() != null) { // chosen at sign-in
            phones.use(id, form.answerMode());
        }
        return AgentView.of(states.change(id, form.state(), form.breakReason()));
    }

    /** How the agent takes calls now: the answer mode in use, the desk phone's SIP account and registration. */
    @GET
    @Path("/{id}/phone")
    public PhoneView phone(@PathParam("id") long id) {
        return phoneView(id, phones.phone(id));
    }

    /** Switches the answer mode (the agent, or a supervisor); a desk phone needs a SIP account, a mobile a bound number. */
    @PUT
    @Path("/{id}/phone")
    public PhoneView usePhone(@PathParam("id") long id, PhoneForms.Mode form) {
        validator.valid(form);
        return phoneView(id, phones.use(id, form.answerMode()));
    }

    /** Sets the desk phone's SIP password (admins); the password is kept only as its digest hash. */
    @PUT
    @Path("/{id}/sip-password")
    @RolesAllowed(Roles.ADMIN)
    public PhoneView setSipPassword(@PathParam("id") long id, PhoneForms.SipPassword form) {
        validator.valid(form);
        return phoneView(id, phones.setSipPassword(id, form.password()));
    }

    private PhoneView phoneView(long id, AgentPhone phone) {
        return PhoneView.of(
                phone, agents.get(id).login(), phones.sipDomain(), network.address(), phones.isRegistered(phone));
    }

    /** Ends after-call work now; the agent returns to where the call found them. */
    @POST
    @Path("/{id}/after-call-work/finish")
    public AgentView finishAfterCallWork(@PathParam("id") long id) {
        return AgentView.of(afterCallWork.finish(id));
    }

    @POST
    @Path("/{id}/after-call-work/extend")
    public AgentView extendAfterCallWork(@PathParam("id") long id, CallForms.Extension form) {
        validator.valid(form);
        return AgentView.of(afterCallWork.extend(id, form.seconds()));
    }

    /** The agent's state spans on a day ({@code date}, default today, in {@code zone}, default UTC). */
    @GET
    @Path("/{id}/state-log")
    public List<StateSpanView> stateLog(
            @PathParam("id") long id, @QueryParam("date") String date, @QueryParam("zone") String zone) {
        ZoneId z = zone(zone);
        LocalDate day = QueryParams.date("date", date, LocalDate.now(z));
        return states
                .log(
                        id,
                        day.atStartOfDay(z).toInstant(),
                        day.plusDays(1).atStartOfDay(z).toInstant())
                .stream()
                .map(StateSpanView::of)
                .toList();
    }

    /** Seconds spent in each state on a day: "how long was I on a break today". */
    @GET
    @Path("/{id}/time-in-states")
    public Map<AgentState, Long> timeInStates(
            @PathParam("id") long id, @QueryParam("date") String date, @QueryParam("zone") String zone) {
        ZoneId z = zone(zone);
        Map<AgentState, Long> seconds = new TreeMap<>();
        states.timeInStates(id, QueryParams.date("date", date, LocalDate.now(z)), z)
                .forEach((state, d) -> seconds.put(state, d.toSeconds()));
        return seconds;
    }

    private static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new InvalidInputException("zone", "unknown time zone '" + zone + "'");
        }
    }
}
