import ipaddr from "ipaddr.js";

/** What kind of destination an IP address is, as far as fetching a page from it goes. */
export type AddressClass =
  | "public"
  | "loopback"
  | "private"
  | "link_local"
  | "cloud_metadata"
  | "unspecified"
  | "carrier_grade_nat"
  | "multicast"
  | "broadcast"
  | "reserved"
  | "tunnel";

type IP = ipaddr.IPv4 | ipaddr.IPv6;

// Where cloud providers serve a machine its own credentials: the prize of most SSRF attacks.
const CLOUD_METADATA = new Set(["169.254.169.254", "100.100.100.200", "fd00:ec2::254"]);

const IPV4_CLASSES: Record<string, AddressClass> = {
  unicast: "public",
  unspecified: "unspecified",
  broadcast: "broadcast",
  multicast: "multicast",
  linkLocal: "link_local",
  loopback: "loopback",
  carrierGradeNat: "carrier_grade_nat",
  private: "private",
};

const IPV6_CLASSES: Record<string, AddressClass> = {
  unicast: "public",
  unspecified: "unspecified",
  linkLocal: "link_local",
  multicast: "multicast",
  loopback: "loopback",
  uniqueLocal: "private",
  "6to4": "tunnel",
  teredo: "tunnel",
};

/**
 * The IPv4 address an IPv6 address stands for, when it is one written in IPv6 clothing:
 * IPv4-mapped (::ffff:a.b.c.d), IPv4-translated (::ffff:0:a.b.c.d), IPv4-compatible
 * (::a.b.c.d) or well-known NAT64 (64:ff9b::a.b.c.d). The operating system or a gateway
 * connects to that IPv4 address, so it is the one to judge.
 */
function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const parts = address.parts;
  const lastFour = (): ipaddr.IPv4 => {
    const [high, low] = [parts[6]!, parts[7]!];
    return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
  };
  const range = address.range();
  if (range === "ipv4Mapped" || range === "rfc6145") return lastFour();
  if (parts[0] === 0x64 && parts[1] === 0xff9b && parts.slice(2, 6).every((p) => p === 0)) {
    return lastFour();
  }
  const compatible = parts.slice(0, 6).every((p) => p === 0);
  if (compatible && range !== "unspecified" && range !== "loopback") return lastFour();
  return null;
}

function classify(address: IP): AddressClass {
  if (CLOUD_METADATA.has(address.toNormalizedString()) || CLOUD_METADATA.has(address.toString())) {
    return "cloud_metadata";
  }
  if (address.kind() === "ipv4") return IPV4_CLASSES[address.range()] ?? "reserved";
  const embedded = embeddedIPv4(address as ipaddr.IPv6);
  if (embedded) return classify(embedded);
  // Anything ipaddr.js does not call plain unicast (documentation, benchmarking, ORCHID, the
  // local-use NAT64 prefix...) is no place for a news article.
  return IPV6_CLASSES[address.range()] ?? "reserved";
}

/** The class of an IP address (IPv4 or IPv6, as DNS or the URL parser gives it). */
export function classifyAddress(ip: string): AddressClass {
  // A form ipaddr.js cannot read (a zone id from DNS, say) is judged as nothing public.
  return ipaddr.isValid(ip) ? classify(ipaddr.parse(ip)) : "reserved";
}

/**
 * The addresses an allow-list lets through despite their class. Entries are IP addresses or
 * CIDR ranges, never host names: a name would let whatever it resolves to through, and each
 * resolved address must stand on its own.
 */
export interface AddressAllowList {
  allows(ip: string): boolean;
}

function isPlainAddress(value: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(value) || ipaddr.IPv6.isValid(value);
}

/** Reads allow-list entries; a host name or garbage is a setup mistake and throws. */
export function parseAllowList(entries: readonly string[]): AddressAllowList {
  const ranges = entries.map((entry): [IP, number] => {
    const [address, bits] = entry.trim().split("/");
    if (!address || !isPlainAddress(address) || (bits !== undefined && !/^\d+$/.test(bits))) {
      throw new Error(`Import allow-list entry "${entry}" is not an IP address or CIDR range.`);
    }
    if (bits === undefined) {
      const parsed = ipaddr.process(address);
      return [parsed, parsed.kind() === "ipv4" ? 32 : 128];
    }
    return ipaddr.parseCIDR(`${address}/${bits}`);
  });
  return {
    allows(ip) {
      // process() unwraps ::ffff:a.b.c.d, so "127.0.0.1" also covers its IPv4-mapped form.
      const address = ipaddr.process(ip);
      return ranges.some(
        ([range, bits]) => range.kind() === address.kind() && address.match(range, bits),
      );
    },
  };
}

const REFUSED_WHY: Record<Exclude<AddressClass, "public" | "cloud_metadata">, string> = {
  loopback: "points to the server Claimmark runs on",
  private: "points inside a private network",
  link_local: "points to a link-local address, reachable only on the local network",
  unspecified: "points to the unspecified address, which names no machine at all",
  carrier_grade_nat: "points inside an internet provider's shared network (carrier-grade NAT)",
  multicast: "points to a multicast address, which reaches a group of machines, not a web site",
  broadcast: "points to the broadcast address, which reaches every machine on a network",
  reserved: "points to an address reserved for special uses, not for public web sites",
  tunnel: "points to a tunnelled IPv6 address (6to4 or Teredo) whose real destination is hidden",
};

/**
 * Why Claimmark refuses to connect to `ip` (the host's address, or one of them), said for a
 * newsroom person; null when the address is public or on the allow-list.
 */
export function addressRefusal(
  host: string,
  ip: string,
  allowList: AddressAllowList,
): string | null {
  if (allowList.allows(ip)) return null;
  const addressClass = classifyAddress(ip);
  if (addressClass === "public") return null;
  const subject = host === ip ? "That address" : `The site name ${host}`;
  if (addressClass === "cloud_metadata") {
    return `${subject} points to a cloud metadata address (${ip}), where servers keep their own credentials; Claimmark never fetches it. Use the page's public address.`;
  }
  return `${subject} ${REFUSED_WHY[addressClass]} (${ip}), which Claimmark does not fetch. Use the page's public address.`;
}
