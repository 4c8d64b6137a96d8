import { subscribe } from "node:diagnostics_channel";
import type { Socket } from "node:net";

/**
 * Turns Nagle's algorithm off (TCP_NODELAY) on the TCP sockets the Neo4j driver
 * opens to these ports.
 *
 * A Bolt message longer than one TCP segment (a RUN with a list of 60 ids is
 * 1.5 kB) leaves a short tail that Nagle holds back until the first segment is
 * acknowledged, and Neo4j, waiting for the rest of the message, delays that
 * acknowledgement: about 40 ms per such message on Linux. neo4j-driver 5.28 has
 * no option for the socket and sets only keep-alive, so the sockets are reached
 * through Node's `net.client.socket` diagnostics channel, which publishes every
 * client socket `net.connect` creates, before it connects. Only sockets to a
 * Bolt port are touched. TLS sockets (`+s`, `+ssc` URIs) are not published there
 * and keep the driver's settings.
 */
const ports = new Set<number>();
let subscribed = false;

export function disableNagleForBolt(port: number): void {
  ports.add(port);
  if (subscribed) return;
  subscribed = true;
  subscribe("net.client.socket", (message) => {
    const { socket } = message as { socket: Socket };
    // Not connected yet: the port is known once it is, before the driver's first write goes out.
    socket.once("connect", () => {
      if (socket.remotePort !== undefined && ports.has(socket.remotePort)) socket.setNoDelay(true);
    });
  });
}

/** The port a Bolt URI connects to: the one it names, else Bolt's 7687. */
export function boltPortOf(uri: string): number | null {
  try {
    const url = new URL(uri);
    return url.port ? Number(url.port) : 7687;
  } catch {
    return null;
  }
}
