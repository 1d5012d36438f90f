package dev.callisto.web.rest;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation that stands in for the customer's side or the phone network (a customer's hang-up,
 * keys, rating, PIN; an outbound call connecting or failing), which real peers report by
 * themselves: the customer page, the media server. Only a server started with
 * {@code -Dcallisto.stand-ins=true} (tests, the demo) answers them; elsewhere they are 404.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface StandIn {}
