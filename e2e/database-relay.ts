import { connect, createServer, type Server, type Socket } from "node:net";

/**
 * A TCP relay between a server and PostgreSQL, so a spec can take the database away from a
 * running server (as a network fault or a database restart would) and bring it back.
 */
export interface DatabaseRelay {
  port: number;
  /** Closes every open connection and refuses new ones. */
  cut: () => Promise<void>;
  /** Accepts connections again, on the same port. */
  restore: () => Promise<void>;
}

export async function startDatabaseRelay(target: URL, port: number): Promise<DatabaseRelay> {
  const sockets = new Set<Socket>();
  let server: Server;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(Number(target.port || 5432), target.hostname);
        for (const [from, to] of [
          [client, upstream],
          [upstream, client],
        ] as const) {
          sockets.add(from);
          from.pipe(to);
          from.on("error", () => to.destroy());
          from.on("close", () => {
            sockets.delete(from);
            to.destroy();
          });
        }
      }).listen(port, "127.0.0.1", resolve);
    });
  await listen();
  return {
    port,
    cut: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
    restore: listen,
  };
}
