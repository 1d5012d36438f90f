package dev.callisto.sip;

import dev.callisto.application.phone.AgentLegs;
import dev.callisto.application.phone.OutboundPhoneCalls;
import dev.callisto.application.phone.PhoneCalls;
import dev.callisto.application.phone.PhoneNetwork;
import dev.callisto.application.phone.PhoneRegistrations;
import dev.callisto.application.phone.PhoneSignIn;
import dev.callisto.application.phone.TrunkChecks;
import dev.callisto.sip.rtp.RtpRelays;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ListeningPoint;
import javax.sip.SipFactory;
import javax.sip.SipProvider;
import javax.sip.SipStack;

/**
 * The SIP edge: a user agent inside the server (JAIN-SIP) on {@code callisto.sip.address}:
 * {@code callisto.sip.port} (default 127.0.0.1:5080 plus WildFly's port offset; nothing beyond
 * loopback unless configured). It takes the carriers' calls ({@link InboundCalls}), places the
 * agents' calls on the tenant's trunk ({@link OutboundCalls}), registers agents' desk phones
 * ({@link Registrar}) and rings them or agents' mobiles ({@link AgentRings}), relays each call's audio to its
 * room on the media server ({@link RtpRelays}) and hangs up calls that end here. The calls
 * themselves are {@link PhoneCalls}'; the edge keeps only what SIP needs, in memory.
 */
@Singleton
@Startup
@Local(PhoneNetwork.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SipEdge implements PhoneNetwork {

    private static final Logger LOG = Logger.getLogger(SipEdge.class.getName());

    @Inject
    private PhoneCalls calls;

    @Inject
    private OutboundPhoneCalls callsOut;

    @Inject
    private TrunkChecks checks;

    @Inject
    private AgentLegs agents;

    @Inject
    private PhoneSignIn signIn;

    @Inject
    private PhoneRegistrations registrations;

    @Resource
    private ManagedExecutorService work;

    @Resource
    private ManagedThreadFactory threads;

    @Resource
    private ManagedScheduledExecutorService timers;

    private SipFactory sip;
    private SipStack stack;
    private RtpRelays relays;
    private SipLines lines;
    private OutboundCalls outbound;
    private AgentRings rings;
    private volatile String address = "";

    @PostConstruct
    void start() {
        try {
            InetAddress host = InetAddress.getByName(System.getProperty("callisto.sip.address", "127.0.0.1"));
            int port = Integer.getInteger(
                    "callisto.sip.port", 5080 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
            sip = SipFactory.getInstance();
            sip.setPathName("gov.nist");
            Properties p = new Properties();
            p.setProperty("javax.sip.STACK_NAME", "callisto-" + UUID.randomUUID());
            p.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "4");
            p.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
            p.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
            stack = sip.createSipStack(p);
            ListeningPoint udp = stack.createListeningPoint(host.getHostAddress(), port, ListeningPoint.UDP);
            SipProvider provider = stack.createSipProvider(udp);
            // TCP on the same port: carriers that send (or want) SIP over TCP; responses follow each request's
            // transport.
            provider.addListeningPoint(stack.createListeningPoint(host.getHostAddress(), port, ListeningPoint.TCP));
            relays = new RtpRelays(threads);
            lines = new SipLines(
                    sip,
                    provider,
                    relays,
                    host,
                    port,
                    new Services(calls, callsOut, agents, signIn, registrations, checks),
                    work,
                    timers);
            outbound = new OutboundCalls(lines);
            rings = new AgentRings(lines);
            TrunkWatch watch = new TrunkWatch(lines);
            provider.addSipListener(new SipRequests(
                    lines, new InboundCalls(lines, rings), outbound, rings, new Registrar(lines), watch));
            watch.start();
            address = "udp+tcp:" + host.getHostAddress() + ":" + port;
            LOG.info(() -> "SIP edge listening on " + address);
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "the SIP edge did not start; phone calls are off: " + e, e);
        }
    }

    @PreDestroy
    void stop() {
        if (lines != null) {
            lines.endAll(); // the calls end with the server; its recovery records it at the next start
        }
        if (relays != null) {
            relays.close();
        }
        if (stack != null) {
            stack.stop();
            sip.resetFactory();
        }
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public void dial(Dialling dialling) {
        if (outbound == null) {
            callsOut.failedOut(dialling.callId(), 503, "the SIP edge is down");
            return;
        }
        outbound.dial(dialling);
    }

    @Override
    public void ring(AgentRing ring) {
        if (rings == null) {
            agents.declined(ring.callId(), ring.agentId(), true, "the SIP edge is down");
            return;
        }
        rings.ring(ring);
    }

    @Override
    public void stopRinging(long callId, long agentId) {
        if (rings != null) {
            rings.stopRinging(callId, agentId);
        }
    }

    @Override
    public void hangUp(long callId) {
        if (lines == null) {
            return;
        }
        outbound.cancel(callId);
        rings.stopRinging(callId, null);
        release(lines.take(callId, line -> true));
    }

    @Override
    public void keepOnly(long callId, Set<String> stillOn) {
        if (lines != null) {
            release(lines.take(callId, line -> line.isAgent() && !stillOn.contains(line.participant())));
        }
    }

    private void release(List<PhoneLine> legs) {
        for (PhoneLine line : legs) {
            SipLines.close(line.relay());
            lines.bye(line);
            if (line.isCustomer()) {
                calls.released(line.callId(), "BYE from Callisto");
            }
        }
    }
}
