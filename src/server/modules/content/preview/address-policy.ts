import ipaddr from 'ipaddr.js';

/** Decides whether the server may connect to a resolved address. Injectable so tests can reach a local server. */
export type AddressPolicy = (address: string) => boolean;

/**
 * The default: public unicast only. An allow-list of one range refuses loopback, private, link-local (cloud
 * metadata 169.254.169.254), unique-local, unspecified, multicast, carrier-grade NAT and every reserved block;
 * IPv4-mapped IPv6 is judged as the IPv4 address it carries.
 */
export const publicAddressesOnly: AddressPolicy = (address) => {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
};

/** For tests against a local server: any address. */
export const anyAddress: AddressPolicy = () => true;
