import { describe, expect, it } from "vitest";
import { addressRefusal, classifyAddress, parseAllowList } from "./address-guard";

const NOTHING_ALLOWED = parseAllowList([]);

describe("classifyAddress", () => {
  it.each([
    ["93.184.216.34", "public"],
    ["2606:4700:4700::1111", "public"],
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["::1", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["fc00::1", "private"],
    ["fd12:3456::1", "private"],
    ["169.254.1.1", "link_local"],
    ["fe80::1", "link_local"],
    ["169.254.169.254", "cloud_metadata"],
    ["100.100.100.200", "cloud_metadata"],
    ["fd00:ec2::254", "cloud_metadata"],
    ["0.0.0.0", "unspecified"],
    ["::", "unspecified"],
    ["100.64.0.1", "carrier_grade_nat"],
    ["224.0.0.1", "multicast"],
    ["ff02::1", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["192.0.2.1", "reserved"],
    ["240.0.0.1", "reserved"],
    ["2001:db8::1", "reserved"],
    ["2002:7f00:1::", "tunnel"],
    ["2001:0:4136:e378::1", "tunnel"],
  ])("%s is %s", (ip, expected) => {
    expect(classifyAddress(ip)).toBe(expected);
  });

  it.each([
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:10.0.0.1", "private"],
    ["::ffff:169.254.169.254", "cloud_metadata"],
    ["::ffff:0:192.168.0.1", "private"],
    ["::127.0.0.1", "loopback"],
    ["64:ff9b::10.0.0.1", "private"],
    ["64:ff9b::8.8.8.8", "public"],
    ["::ffff:8.8.8.8", "public"],
  ])("judges %s by its embedded IPv4 address: %s", (ip, expected) => {
    expect(classifyAddress(ip)).toBe(expected);
  });
});

describe("classifyAddress on odd input", () => {
  it("refuses what it cannot read, and reads zone ids", () => {
    expect(classifyAddress("not-an-ip")).toBe("reserved");
    expect(classifyAddress("fe80::1%eth0")).toBe("link_local");
  });
});

describe("addressRefusal", () => {
  it("says why, in words for people, and names the address", () => {
    expect(addressRefusal("10.1.2.3", "10.1.2.3", NOTHING_ALLOWED)).toBe(
      "That address points inside a private network (10.1.2.3), which Claimmark does not fetch. Use the page's public address.",
    );
    expect(addressRefusal("intranet.example", "192.168.0.5", NOTHING_ALLOWED)).toMatch(
      /^The site name intranet\.example points inside a private network \(192\.168\.0\.5\)/,
    );
    expect(addressRefusal("169.254.169.254", "169.254.169.254", NOTHING_ALLOWED)).toMatch(
      /cloud metadata address/,
    );
  });

  it("gives every refused class its own wording", () => {
    const samples = ["127.0.0.1", "10.0.0.1", "169.254.1.1", "169.254.169.254", "0.0.0.0"]
      .concat(["100.64.0.1", "224.0.0.1", "255.255.255.255", "192.0.2.1", "2002::1"])
      .map((ip) => addressRefusal(ip, ip, NOTHING_ALLOWED)!.replace(ip, "IP"));
    expect(new Set(samples).size).toBe(samples.length);
  });

  it("lets public addresses through", () => {
    expect(addressRefusal("example.com", "93.184.216.34", NOTHING_ALLOWED)).toBeNull();
  });
});

describe("parseAllowList", () => {
  it("allows exact addresses and CIDR ranges, including IPv4-mapped forms", () => {
    const list = parseAllowList(["127.0.0.1", "10.20.0.0/16", "::1"]);
    expect(list.allows("127.0.0.1")).toBe(true);
    expect(list.allows("::ffff:127.0.0.1")).toBe(true);
    expect(list.allows("127.0.0.2")).toBe(false);
    expect(list.allows("10.20.9.9")).toBe(true);
    expect(list.allows("10.21.0.1")).toBe(false);
    expect(list.allows("::1")).toBe(true);
    expect(addressRefusal("127.0.0.1", "127.0.0.1", list)).toBeNull();
    expect(addressRefusal("127.0.0.2", "127.0.0.2", list)).not.toBeNull();
  });

  it("refuses host names and garbage, which would bypass the per-address check", () => {
    expect(() => parseAllowList(["localhost"])).toThrow(/not an IP address/);
    expect(() => parseAllowList(["0x7f.1"])).toThrow(/not an IP address/);
    expect(() => parseAllowList(["10.0.0.0/abc"])).toThrow(/not an IP address/);
  });
});
