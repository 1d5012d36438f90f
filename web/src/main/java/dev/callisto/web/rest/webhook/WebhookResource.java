package dev.callisto.web.rest.webhook;

import dev.callisto.application.Roles;
import dev.callisto.application.webhook.WebhookService;
import dev.callisto.domain.webhook.Webhook;
import dev.callisto.web.rest.RequestValidator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The tenant's webhooks (admins): each delivery is a signed POST of the event's JSON, retried
 * with back-off for a day; see docs/integrations.md for how a receiver checks the signature.
 */
@Path("/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {

    private static final int DELIVERIES_SHOWN = 100;

    @Inject
    private WebhookService webhooks;

    @Inject
    private RequestValidator validator;

    @GET
    public List<WebhookView> list() {
        return webhooks.list().stream().map(WebhookView::of).toList();
    }

    /** The answer carries the signing secret, this once. */
    @POST
    public Response create(WebhookForm form, @Context UriInfo uri) {
        validator.valid(form);
        Webhook webhook = webhooks.create(form.url(), form.eventTypes());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(webhook.id()))
                        .build())
                .entity(WebhookView.created(webhook))
                .build();
    }

    @GET
    @Path("/{id}/deliveries")
    public List<DeliveryView> deliveries(@PathParam("id") long id) {
        return webhooks.deliveries(id, DELIVERIES_SHOWN).stream()
                .map(DeliveryView::of)
                .toList();
    }

    @POST
    @Path("/{id}/test")
    public Response test(@PathParam("id") long id) {
        return Response.accepted(DeliveryView.of(webhooks.test(id))).build();
    }

    /** After it was disabled for failing: deliveries start again with the next event. */
    @POST
    @Path("/{id}/enable")
    public WebhookView enable(@PathParam("id") long id) {
        return WebhookView.of(webhooks.enable(id));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }
}
