package org.iwprarchive.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.iwprarchive.domain.TextLimits;

/**
 * Decides whether an address may be fetched: http or https only, a host on the allow-list on a standard port
 * (or one the list names for it), no longer than the archive keeps addresses, and (unless
 * allowed) no host that resolves to a loopback, private, link-local, shared, multicast or metadata address.
 * Every redirect target passes the same check.
 */
public final class AddressGuard {

    /** The ports of the web: any allowed host may be fetched on these. */
    private static final Set<Integer> STANDARD_PORTS = Set.of(80, 443);
    private static final String ANY_PORT = "*";

    private final Set<String> allowedHosts;
    /** Ports beyond the standard ones, by host, as the allow-list names them ({@code mirror.example:8080}). */
    private final Map<String, Set<String>> extraPorts;
    private final boolean allowPrivateAddresses;
    private final boolean normalize;

    public AddressGuard(FetchProperties properties) {
        this(properties.allowedHosts(), properties.allowPrivateAddresses(), true);
    }

    /**
     * A guard over another allow-list (a web archive's hosts), with the same rule for internal addresses.
     *
     * @param normalize whether a checked address is normalised; a Wayback address holds the original address in
     *                  its path ({@code /web/<timestamp>/https://...}), whose {@code //} must stay as it is
     */
    public AddressGuard(java.util.List<String> hosts, boolean allowPrivateAddresses, boolean normalize) {
        this.normalize = normalize;
        this.allowedHosts = hosts.stream().map(AddressGuard::hostOf).map(AddressGuard::bareHost)
                .collect(Collectors.toSet());
        this.extraPorts = hosts.stream().filter(entry -> !hostOf(entry).equals(entry))
                .collect(Collectors.groupingBy(entry -> bareHost(hostOf(entry)),
                        Collectors.mapping(entry -> entry.substring(entry.lastIndexOf(':') + 1), Collectors.toSet())));
        this.allowPrivateAddresses = allowPrivateAddresses;
    }

    /** The host of an allow-list entry, which may name a port ({@code host:8080}) or any port ({@code host:*}). */
    public static String hostOf(String entry) {
        int colon = entry.lastIndexOf(':');
        return colon > 0 && entry.indexOf(':') == colon ? entry.substring(0, colon) : entry;
    }

    /** The checks that need no network: scheme, length, host and port. */
    public URI checkSyntax(String url) {
        if (url != null && url.length() > TextLimits.URL) {
            throw new FetchRefusedException("an address of " + url.length() + " characters is longer than the "
                    + TextLimits.URL + " the archive keeps");
        }
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new FetchRefusedException("'" + url + "' is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchRefusedException("'" + url + "' is not an http or https URL");
        }
        if (uri.getHost() == null) {
            throw new FetchRefusedException("'" + url + "' has no host");
        }
        if (!allowedHosts.contains(bareHost(uri.getHost()))) {
            throw new FetchRefusedException("the host " + uri.getHost() + " is not on the allow-list " + allowedHosts);
        }
        if (uri.getPort() >= 0 && !STANDARD_PORTS.contains(uri.getPort())) {
            Set<String> ports = extraPorts.getOrDefault(bareHost(uri.getHost()), Set.of());
            if (!ports.contains(ANY_PORT) && !ports.contains(Integer.toString(uri.getPort()))) {
                throw new FetchRefusedException("port " + uri.getPort() + " of " + uri.getHost() + " is not fetched; "
                        + "only the standard ports 80 and 443 are, unless the allow-list names another "
                        + "(iwpr.fetch.allowed-hosts=" + uri.getHost() + ":" + uri.getPort() + ")");
            }
        }
        if (uri.getUserInfo() != null) {
            throw new FetchRefusedException("'" + url + "' carries credentials; they are not sent");
        }
        return normalize ? uri.normalize() : uri;
    }

    /** All checks, including where the host resolves to now. */
    public URI check(String url) {
        URI uri = checkSyntax(url);
        if (!allowPrivateAddresses) {
            InetAddress[] addresses;
            try {
                addresses = InetAddress.getAllByName(bareHost(uri.getHost()));
            } catch (UnknownHostException e) {
                throw new FetchFailedException("the host " + uri.getHost() + " does not resolve");
            }
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    throw new FetchRefusedException("the host " + uri.getHost() + " resolves to the internal address "
                            + address.getHostAddress() + "; internal addresses are never fetched");
                }
            }
        }
        return uri;
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0                                   // "this network"
                    || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT, 100.64/10
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19))    // benchmarking
                    || first >= 240;                             // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return true; // unique local, fc00::/7
            }
            boolean mappedV4 = true;
            for (int i = 0; i < 10; i++) {
                mappedV4 &= b[i] == 0;
            }
            if (mappedV4 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isInternal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    static String bareHost(String host) {
        String bare = host.toLowerCase(Locale.ROOT);
        while (bare.endsWith(".")) {
            bare = bare.substring(0, bare.length() - 1);
        }
        return bare;
    }
}
