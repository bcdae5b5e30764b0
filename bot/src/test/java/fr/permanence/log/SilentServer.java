package fr.permanence.log;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A PostgreSQL address where something accepts every connection on a loopback port and keeps it
 * open without sending a byte: a hung server, a firewall that swallows packets after the
 * handshake, the wrong service on the port.
 */
public final class SilentServer implements AutoCloseable {
  private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
  private final List<Socket> accepted = new CopyOnWriteArrayList<>();
  private final Thread acceptor = Thread.ofVirtual().start(() -> {
    try {
      while (true) {
        accepted.add(socket.accept());
      }
    } catch (IOException closed) {
      // the test is over
    }
  });

  public SilentServer() throws IOException {}

  public String url() {
    return "jdbc:postgresql://127.0.0.1:" + socket.getLocalPort() + "/permanence";
  }

  /** Connections accepted so far: each is one attempt of the driver to log in. */
  public int accepted() {
    return accepted.size();
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket s : accepted) {
      s.close();
    }
    acceptor.interrupt();
  }
}
